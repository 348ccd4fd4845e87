/** One `npm run cli -- <name> …` command. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full usage text shown by `<name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(argv: readonly string[]): Promise<number>;
}
