import { base64ToBytes } from './base64';

/** One file to hand to the browser's downloads. */
export interface DownloadFile {
  name: string;
  base64: string;
  mime: string;
}

/** Chromium drops downloads started in the same instant from one page; a short gap keeps each one. */
const GAP_MS = 250;
/** Object URLs stay valid long enough for the browser to read them, then are freed. */
const REVOKE_AFTER_MS = 30_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Saves each file as its own download, in order. */
export async function downloadFiles(files: readonly DownloadFile[]): Promise<void> {
  for (const [index, file] of files.entries()) {
    if (index > 0) await pause(GAP_MS);
    const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mime }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = file.name;
    anchor.rel = 'noopener';
    anchor.style.display = 'none';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
