/** Where a generated comment goes: its marker (`#`, `//`), indent and the column it wraps at. */
export interface CommentStyle {
  marker: '#' | '//';
  indent?: string;
  width?: number;
}

/**
 * Wraps comment text to the style's width: `# text`, continuation lines indented under the text
 * that follows a leading step number (`# 1. Load …` / `#    …`) so steps stay easy to scan.
 */
export function wrapComment(text: string, style: CommentStyle): string[] {
  const indent = style.indent ?? '';
  const width = style.width ?? 99;
  const hanging = /^\d+\. /.exec(text)?.[0].length ?? 0;
  const first = `${indent}${style.marker} `;
  const next = `${first}${' '.repeat(hanging)}`;
  const lines: string[] = [];
  let line = first;
  let hasWords = false;
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (hasWords && line.length + 1 + word.length > width) {
      lines.push(line);
      line = next + word;
    } else {
      line = hasWords ? `${line} ${word}` : line + word;
    }
    hasWords = true;
  }
  lines.push(line);
  return lines;
}
