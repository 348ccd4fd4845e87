/** One line of Python split into its code and its comment, for muted comments in the view. */
export interface CodeLine {
  code: string;
  comment: string;
}

/**
 * Splits the generated Keras code into code and comment per line. Only whole-line comments and
 * comments after the code are split off; a `#` inside a string (`'#'`) stays code. The generated
 * code puts no `#` in strings, but a user's layer name could.
 */
export function splitCodeLines(code: string): CodeLine[] {
  return code.replace(/\n$/, '').split('\n').map((line) => {
    let quote: string | null = null;
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i];
      if (quote !== null) {
        if (char === '\\') i += 1;
        else if (char === quote) quote = null;
      } else if (char === "'" || char === '"') {
        quote = char;
      } else if (char === '#') {
        return { code: line.slice(0, i), comment: line.slice(i) };
      }
    }
    return { code: line, comment: '' };
  });
}
