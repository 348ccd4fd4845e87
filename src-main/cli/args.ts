/** Parsed command line: positionals in order, `--name value` / `--name=value` flags, bare `--flag`s as true. */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** A mistake in how the command was typed (exit code 2, one line, no stack). */
export class UsageError extends Error {}

/**
 * Splits argv into positionals and flags. `booleanFlags` never take a value, so
 * `--help graph.json` keeps graph.json as a positional.
 */
export function parseArgs(argv: readonly string[], booleanFlags: readonly string[] = ['help']): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h') {
      flags.set('help', true);
    } else if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (name === '') throw new UsageError(`"${arg}" is not an option`);
      if (inline !== undefined) flags.set(name, inline);
      else if (booleanFlags.includes(name)) flags.set(name, true);
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
        i++;
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags };
}

/** Fails on flags a command does not know, so typos are not silently ignored. */
export function allowOnly(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.flags.keys()) {
    if (!known.includes(name) && name !== 'help') throw new UsageError(`unknown option --${name}`);
  }
}

/** A string flag's value, or undefined when absent. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

/** An integer flag within [min, max], or undefined when absent. */
export function intFlag(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}
