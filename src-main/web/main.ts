import { parseArgs } from 'node:util';
import { openInBrowser } from './open-browser';
import { startWebServer } from './web-server';

/**
 * `npm run web [-- --port N] [--open]` ends here (after scripts/web.mjs built the renderer). The URL goes to stdout on
 * a line of its own, `Camadas is running at <url>`, which scripts and tests look for.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, open: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a whole number from 0 to 65535 (got "${values.port}").\n`);
    process.exit(2);
  }
  const server = await startWebServer({ port });
  process.stdout.write(`Camadas is running at ${server.url}\n`);
  process.stdout.write('Open that address in your browser. Press Ctrl+C to stop.\n');
  if (values.open) openInBrowser(server.url);
  const shutdown = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`Camadas could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
