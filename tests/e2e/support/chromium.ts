import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); the e2e suite drives it with playwright-core. */
export const CHROMIUM_PATH = process.env.CAMADAS_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Whether the e2e tests can run. Without Chromium they fail in CI (a missing browser must not
 * pass silently) and skip with a message on a developer's machine.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH} (install it with "apt-get install chromium" or set CAMADAS_CHROMIUM).`;
  if (process.env.CI) throw new Error(`${message} The e2e suite cannot run in CI without it.`);
  console.warn(`Skipping the end-to-end tests: ${message}`);
  return false;
}

/** Starts headless Chromium with the flags the CI machines need. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
