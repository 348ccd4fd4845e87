/** Saves text or a data URL as a file through the browser's download (works in Electron too). */
export function downloadUrl(fileName: string, url: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/** Saves text as a file (CSV, JSON). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(fileName, url);
  // The click has started the download from the object URL; free it afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
