#!/usr/bin/env node
// `npm run web [-- --port N]`: build the renderer, then serve it with the engine on 127.0.0.1.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
process.stdout.write('Building the Camadas interface…\n');
const { buildRenderer } = await import('./renderer-build.ts');
try {
  await buildRenderer();
} catch (error) {
  process.stderr.write(`The interface did not build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import('../src-main/web/main.ts');
