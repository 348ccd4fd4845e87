import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { startApp, type AppUnderTest } from './support/app';
import { byTestId, seriousViolations } from './support/axe';
import { chromiumAvailable } from './support/chromium';
import { setField, waitConnected } from './support/page';

const totalParams = (page: Page) => page.getByTestId('model-summary-total-params').textContent();

describe.skipIf(!chromiumAvailable())('export and import in browser mode', () => {
  let app: AppUnderTest;
  let dir: string;
  const exported: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'camadas-export-e2e-'));
    app = await startApp();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url).origin });
    await waitConnected(app.page);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the Keras code of the course model beside the canvas, live, and copies it', async () => {
    const { page } = app;
    const code = page.getByTestId('code-view');
    expect(await code.textContent()).not.toContain('Dense(128');
    await page.getByTestId('template-picker').selectOption('course-mlp');
    await expect.poll(() => code.textContent()).toContain("Dense(128, activation='relu')");
    expect(await code.textContent()).toContain("Dense(10, activation='softmax')");
    expect(await totalParams(page)).toBe('101770');

    await page.getByTestId('code-view-copy').click();
    await expect.poll(() => page.getByTestId('code-view-copy-status').getAttribute('data-state')).toBe('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("keras.layers.Dense(128, activation='relu'),");
    expect(copied.startsWith('model = keras.Sequential([')).toBe(true);

    // The comments follow the UI language.
    await page.getByTestId('language-switch').selectOption('pt-BR');
    await expect.poll(() => code.textContent()).toContain('neurônios');
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => code.textContent()).toContain('neurons');
  });

  it('trains one epoch and exports the run as TensorFlow.js: model.json and weights.bin arrive as downloads', async () => {
    const { page } = app;
    await setField(page, 'hp-epochs', '1');
    await setField(page, 'hp-train-limit', '2000');
    const start = page.getByTestId('train-start');
    await expect.poll(() => start.isEnabled(), { timeout: 30_000 }).toBe(true);
    await start.click();
    await page.getByTestId('test-accuracy').waitFor({ timeout: 170_000 });
    const run = page.getByTestId('run-item').first();
    expect(await run.getAttribute('data-status')).toBe('completed');

    await run.getByTestId('run-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('export-format-tfjs').isChecked()).toBe(true);
    expect(await page.getByTestId('export-run').inputValue()).toBe(await run.getAttribute('data-run-id'));
    expect(await seriousViolations(page, ['export-dialog', 'code-view'].map(byTestId))).toEqual([]);

    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByTestId('export-submit').click();
    await page.getByTestId('export-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('export-done').getAttribute('data-files')).toBe('4');
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(4);
    for (const download of downloads) {
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      exported.push(file);
    }
    const names = exported.map((file) => path.basename(file)).sort();
    expect(names).toEqual(['graph.json', 'history.json', 'model.json', 'weights.bin']);
    const modelJson = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as { weightsManifest: { paths: string[] }[] };
    expect(modelJson.weightsManifest[0]?.paths).toEqual(['./weights.bin']);
    expect(statSync(path.join(dir, 'weights.bin')).size).toBe(101_770 * 4);
    const history = JSON.parse(readFileSync(path.join(dir, 'history.json'), 'utf8')) as { history: unknown[] };
    expect(history.history).toHaveLength(1);

    await page.getByTestId('export-close').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('opens the exported files back: the graph is on the canvas and an imported run joins the history', async () => {
    const { page } = app;
    await page.getByTestId('template-picker').selectOption('deeper-mlp');
    await expect.poll(() => totalParams(page)).not.toBe('101770');

    await page.getByTestId('import-input').setInputFiles([path.join(dir, 'model.json'), path.join(dir, 'weights.bin')]);
    const notice = page.getByTestId('import-notice');
    await expect.poll(() => notice.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    expect(await notice.textContent()).toContain('Imported 3 layers from model.json');
    await expect.poll(() => totalParams(page)).toBe('101770');
    expect(await page.getByTestId('node-dense').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('code-view').textContent()).toContain("Dense(128, activation='relu')");

    const items = page.getByTestId('run-item');
    expect(await items.count()).toBe(2);
    const imported = items.first();
    expect(await imported.getByTestId('run-origin').textContent()).toContain('Imported');
    expect(await imported.getByTestId('run-name').textContent()).toContain('Imported: model.json');
    // The engine evaluates the imported model on the test images, so it has a test accuracy too.
    await expect.poll(() => imported.getByTestId('run-accuracy').count(), { timeout: 60_000 }).toBe(1);
    await page.getByTestId('import-notice-dismiss').click();
  });

  it('says which weights file is missing when only model.json is chosen', async () => {
    const { page } = app;
    await page.getByTestId('import-input').setInputFiles([path.join(dir, 'model.json')]);
    const notice = page.getByTestId('import-notice');
    await expect.poll(() => notice.getAttribute('data-state'), { timeout: 60_000 }).toBe('error');
    expect(await notice.getAttribute('data-code')).toBe('MODEL_WEIGHTS_MISSING');
    expect(await notice.textContent()).toContain('weights.bin');
    expect(await page.getByTestId('run-item').count()).toBe(2);
    await page.getByTestId('import-notice-dismiss').click();
  });

  it('explains that a run must be trained again once neither the engine nor the project holds its weights', async () => {
    const { page, server } = app;
    // The project keeps trained weights unless the user forgets them.
    const trained = page.getByTestId('run-item').last();
    expect(await trained.getByTestId('run-weights').getAttribute('data-state')).toBe('kept');
    await trained.getByTestId('run-forget-weights').click();
    await trained.getByTestId('run-forget-weights-confirm').click();
    expect(await trained.getByTestId('run-weights').getAttribute('data-state')).toBe('none');
    const firstPid = server.enginePid();
    process.kill(firstPid!, 'SIGKILL');
    await page.getByTestId('engine-banner').and(page.locator('[data-kind="restarted"]')).waitFor({ timeout: 120_000 });
    const status = page.getByTestId('backend-status');
    await expect
      .poll(async () => (await status.getAttribute('data-state')) === 'connected' && Number(await status.getAttribute('data-engine-pid')) !== firstPid, {
        timeout: 120_000,
      })
      .toBe(true);

    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('export-run').selectOption((await trained.getAttribute('data-run-id')) ?? '');
    await page.getByTestId('export-format-h5').check();
    await page.getByTestId('export-submit').click();
    const error = page.getByTestId('export-error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.getAttribute('data-code')).toBe('RUN_NOT_FOUND');
    expect(await error.textContent()).toMatch(/train it again/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('export-dialog').isVisible()).toBe(false);
    expect(app.pageErrors).toEqual([]);
  });
});
