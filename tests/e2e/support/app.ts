import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureRendererBuilt } from '../../../scripts/renderer-build';
import { startWebServer, type WebServer, type WebServerOptions } from '../../../src-main/web/web-server';
import { launchChromium } from './chromium';

/** One browser-mode app under test: the real server and engine, a real Chromium page on it. */
export interface AppUnderTest {
  server: WebServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Collected page errors and console errors, to assert the app ran cleanly. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface StartAppOptions {
  server?: WebServerOptions;
  /** Browser language, e.g. 'pt-BR' (drives the app's default language). */
  locale?: string;
  /**
   * Start as a first-time user, with the guided tour opening by itself. Off by default: the tour
   * card floats over the workspace and other tests should not have to dismiss it.
   */
  firstRun?: boolean;
}

/**
 * Builds the renderer if its sources changed, starts browser mode on a free port and opens the
 * page (token in the URL) in Chromium. Call `close()` in afterAll.
 */
export async function startApp(options: StartAppOptions = {}): Promise<AppUnderTest> {
  await ensureRendererBuilt({ quiet: true });
  const server = await startWebServer(options.server);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: options.locale ?? 'en-US' });
    if (!options.firstRun) await context.addInitScript(() => localStorage.setItem('camadas.tour.seen', '1'));
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url);
    const started = browser;
    return {
      server,
      browser: started,
      context,
      page,
      pageErrors,
      async close() {
        await started.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
