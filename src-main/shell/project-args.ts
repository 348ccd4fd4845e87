/** File extension of Camadas projects. */
export const PROJECT_EXTENSION = '.camadas';

/**
 * The project file named on a command line (first launch or a second instance), if any. Flags
 * (`--foo`) and Electron's own arguments are skipped.
 */
export function projectFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(PROJECT_EXTENSION)) return arg;
  }
  return null;
}
