/**
 * Camadas' command line: `npm run cli -- <command> [options]` (runs with tsx). See run.ts.
 */
import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error INTERNAL: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
