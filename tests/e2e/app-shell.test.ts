import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './support/app';
import { chromiumAvailable } from './support/chromium';

const BACKENDS = ['tensorflow', 'wasm', 'cpu'];

describe.skipIf(!chromiumAvailable())('app shell in browser mode', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads the app frame with its title and language switch', async () => {
    const { page } = app;
    await expect.poll(() => page.title()).toContain('Camadas');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Camadas');
    expect(await page.getByTestId('language-switch').inputValue()).toBe('en');
    expect(await page.getByTestId('workspace').count()).toBe(1);
  });

  it('connects to the engine and shows its backend in backend-status', async () => {
    const status = app.page.getByTestId('backend-status');
    await status.and(app.page.locator('[data-state="connected"]')).waitFor({ timeout: 120_000 });
    const backend = await status.getAttribute('data-backend');
    expect(BACKENDS).toContain(backend);
    expect(await status.textContent()).toContain(backend);
    expect(Number(await status.getAttribute('data-engine-pid'))).toBe(app.server.enginePid());
    // Networks of Dense layers train on the engine's own threads (wasm and cpu backends).
    const threads = app.page.getByTestId('training-threads');
    const count = Number(await threads.getAttribute('data-threads'));
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await threads.textContent()).toMatch(new RegExp(`^${count} training threads?$`));
    expect(app.pageErrors).toEqual([]);
  });

  it('answers requests through the page: the dataset status comes from the engine', async () => {
    const dataset = app.page.getByTestId('dataset-status');
    await dataset
      .and(app.page.locator('[data-available="true"], [data-available="false"]'))
      .waitFor({ timeout: 120_000 });
    if ((await dataset.getAttribute('data-available')) === 'true') {
      expect(await dataset.textContent()).toMatch(/60,000 training and 10,000 test images/);
    }
  });

  it('starts in Brazilian Portuguese for a pt-BR browser and remembers a switch to English', async () => {
    const context = await app.browser.newContext({ locale: 'pt-BR' });
    try {
      const page = await context.newPage();
      await page.goto(app.server.url);
      const switcher = page.getByTestId('language-switch');
      expect(await switcher.inputValue()).toBe('pt-BR');
      expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
      expect(await page.getByTestId('backend-status').textContent()).toContain(
        'Motor de treinamento',
      );

      await switcher.selectOption('en');
      await expect
        .poll(() => page.getByTestId('backend-status').textContent())
        .toContain('Training engine');
      await page.reload();
      expect(await page.getByTestId('language-switch').inputValue()).toBe('en');
      expect(await page.getByTestId('backend-status').textContent()).toContain('Training engine');
    } finally {
      await context.close();
    }
  });

  it('says so in plain words when the engine is killed, and a working engine comes back', async () => {
    const { page, server } = app;
    const firstPid = server.enginePid();
    expect(firstPid).toBeTypeOf('number');
    process.kill(firstPid!, 'SIGKILL');

    const banner = page.getByTestId('engine-banner');
    await banner.and(page.locator('[data-kind="restarted"]')).waitFor({ timeout: 120_000 });
    expect(await banner.textContent()).toContain(
      'The training engine stopped unexpectedly and was restarted. Your project is untouched.',
    );

    const status = page.getByTestId('backend-status');
    await status.and(page.locator('[data-state="connected"]')).waitFor({ timeout: 120_000 });
    const secondPid = server.enginePid();
    expect(secondPid).toBeTypeOf('number');
    expect(secondPid).not.toBe(firstPid);
    expect(Number(await status.getAttribute('data-engine-pid'))).toBe(secondPid);
    expect(BACKENDS).toContain(await status.getAttribute('data-backend'));

    // A fresh request after the restart is answered by the new engine.
    const dataset = page.getByTestId('dataset-status');
    await dataset
      .and(page.locator('[data-available="true"], [data-available="false"]'))
      .waitFor({ timeout: 120_000 });

    await banner.getByRole('button').click();
    expect(await page.getByTestId('engine-banner').count()).toBe(0);
  });
});
