/**
 * The CLI's dispatcher. Every user mistake ends with ONE line on stderr and a non-zero exit code,
 * never a stack trace: 1 for bad input (missing file, invalid graph, bad dataset…), 2 for a
 * mistyped command line.
 */
import { isAppError } from '../../src-shared/protocol/result';
import { UsageError } from './args';
import { COMMANDS } from './commands';
import { CliFailure, formatError, out } from './output';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Camadas command line: build, train and inspect Fashion-MNIST models.',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "npm run cli -- <command> --help" for a command\'s options.',
  ].join('\n');
}

/** Runs the CLI with the given arguments and resolves to the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (command === undefined) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
    if (rest.includes('--help') || rest.includes('-h')) {
      out(command.usage);
      return 0;
    }
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`usage error: ${error.message}. Run "npm run cli -- ${command ? `${command.name} ` : ''}--help".\n`);
      return 2;
    }
    if (error instanceof CliFailure) {
      process.stderr.write(`${formatError(error.error)}\n`);
      return error.exitCode;
    }
    if (isAppError(error)) {
      process.stderr.write(`${formatError(error)}\n`);
      return 1;
    }
    // A bug, not a user mistake: still one line, with the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error INTERNAL: ${message}${process.env.CAMADAS_DEBUG ? `\n${(error as Error).stack ?? ''}` : ''}\n`);
    return 1;
  }
}
