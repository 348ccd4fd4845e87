import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppUnderTest } from './support/app';
import { chromiumAvailable } from './support/chromium';
import { setField, waitConnected } from './support/page';

const points = async (page: Page, metric: 'loss' | 'accuracy'): Promise<number> =>
  Number(await page.getByTestId(`chart-${metric}`).getAttribute('data-points'));

describe.skipIf(!chromiumAvailable())('training dashboard in browser mode', () => {
  let app: AppUnderTest;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'camadas-training-e2e-'));
    app = await startApp();
    await waitConnected(app.page);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('trains the course model for 2 epochs with live charts and reports a test accuracy above 0.5', async () => {
    const { page } = app;
    await page.getByTestId('template-picker').selectOption('course-mlp');
    expect(await page.getByTestId('hp-epochs').inputValue()).toBe('5');
    expect(await page.getByTestId('hp-batch-size').inputValue()).toBe('32');
    expect(await page.getByTestId('hp-optimizer').inputValue()).toBe('adam');
    expect(await page.getByTestId('hp-learning-rate').inputValue()).toBe('0.001');
    expect(await page.getByTestId('hp-validation-split').inputValue()).toBe('0.2');
    // Out-of-range values are refused with the allowed range; the document keeps the last valid one.
    await page.getByTestId('hp-epochs').fill('0');
    expect(await page.getByTestId('hp-epochs-error').textContent()).toMatch(/1 ≤ epochs ≤ 1000/);
    await setField(page, 'hp-epochs', '2');
    expect(await page.getByTestId('hp-epochs-error').textContent()).toBe('');
    // Enough images that the run lasts long enough to watch the chart grow on a fast engine.
    await setField(page, 'hp-train-limit', '30000');

    const start = page.getByTestId('train-start');
    await expect.poll(() => start.isEnabled(), { timeout: 30_000 }).toBe(true);
    await start.click();

    // While training the graph and the hyperparameters are locked, and the UI says so.
    await expect.poll(() => page.getByTestId('train-notice').isVisible()).toBe(true);
    expect(await page.getByTestId('hp-epochs').isDisabled()).toBe(true);
    expect(await page.getByTestId('train-progress').getAttribute('data-epochs')).toBe('2');

    await expect
      .poll(() => points(page, 'loss'), { timeout: 120_000, interval: 50 })
      .toBeGreaterThan(0);
    const early = await points(page, 'loss');
    await expect
      .poll(() => points(page, 'loss'), { timeout: 120_000, interval: 50 })
      .toBeGreaterThan(early);

    const accuracy = page.getByTestId('test-accuracy');
    await accuracy.waitFor({ timeout: 170_000 });
    expect(Number(await accuracy.getAttribute('data-value'))).toBeGreaterThan(0.5);
    expect(await points(page, 'accuracy')).toBeGreaterThan(0);
    expect(await page.getByTestId('curve-reading').locator('li').count()).toBeGreaterThan(0);
    const item = page.getByTestId('run-item');
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('data-status')).toBe('completed');
    // The fields unlock once the run's weights are kept with the project, a moment after the end.
    await expect
      .poll(() => page.getByTestId('hp-epochs').isDisabled(), { timeout: 30_000 })
      .toBe(false);
  });

  it('stops a second run mid-epoch: it is marked stopped within a second and both runs are listed', async () => {
    const { page } = app;
    // All 60,000 images and 5 epochs: the run is still going when the test acts on it,
    // however fast the engine is.
    await setField(page, 'hp-epochs', '5');
    await setField(page, 'hp-train-limit', '60000');
    await page.getByTestId('train-start').click();

    const progress = page.getByTestId('train-progress');
    await expect
      .poll(async () => Number(await progress.getAttribute('data-batch')), {
        timeout: 120_000,
        interval: 50,
      })
      .toBeGreaterThan(0);
    expect(await progress.getAttribute('data-epoch')).toBe('1');
    await page.getByTestId('train-stop').click();
    const newest = page.getByTestId('run-item').first();
    await newest.and(page.locator('[data-status="stopped"]')).waitFor({ timeout: 1_000 });

    await expect
      .poll(() => page.getByTestId('train-start').isEnabled(), { timeout: 60_000 })
      .toBe(true);
    const statuses = await page
      .getByTestId('run-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    expect(statuses).toEqual(['stopped', 'completed']);

    // The stopped model is scored on the test images after the stop: it gets a test accuracy.
    const accuracy = newest.getByTestId('run-accuracy');
    await accuracy.waitFor({ timeout: 60_000 });
    const value = Number(await accuracy.getAttribute('data-value'));
    expect(value).toBeGreaterThan(0.1);
    expect(value).toBeLessThanOrEqual(1);
  });

  it('keeps the runs with the project: saved, the page reloaded, the file opened, both runs are back', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('project-save').click(),
    ]);
    const file = path.join(dir, 'course.camadas');
    await download.saveAs(file);

    await page.reload();
    await waitConnected(page);
    expect(await page.getByTestId('run-item').count()).toBe(0);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('project-open').click(),
    ]);
    await chooser.setFiles(file);
    await expect.poll(() => page.getByTestId('run-item').count(), { timeout: 10_000 }).toBe(2);
    const statuses = await page
      .getByTestId('run-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    expect(statuses).toEqual(['stopped', 'completed']);
    // The completed run still shows its test result when picked.
    await page.getByTestId('run-item').nth(1).getByTestId('run-show').click();
    expect(
      Number(await page.getByTestId('test-accuracy').getAttribute('data-value')),
    ).toBeGreaterThan(0.5);
    const alone = await points(page, 'loss');
    expect(alone).toBeGreaterThan(0);

    // Overlaying the stopped run adds its curves to the charts.
    await page.getByTestId('run-item').nth(0).getByTestId('run-compare').check();
    await expect.poll(() => points(page, 'loss')).toBeGreaterThan(alone);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('runs-export-csv').click(),
    ]);
    const csvFile = path.join(dir, csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const rows = readFileSync(csvFile, 'utf8').trim().split('\r\n');
    expect(rows[0]).toBe(
      'run,kind,epoch,loss,accuracy,val_loss,val_accuracy,samples_per_second,elapsed_ms',
    );
    const kinds = rows.slice(1).map((r) => r.split(',')[1]);
    expect(kinds.filter((k) => k === 'epoch')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'batch').length).toBeGreaterThan(2);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('chart-loss-png').click(),
    ]);
    const pngFile = path.join(dir, png.suggestedFilename());
    await png.saveAs(pngFile);
    expect(readFileSync(pngFile).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(app.pageErrors).toEqual([]);
  });

  it('ends a run whose engine died with a translated message and hint, leaving earlier runs intact', async () => {
    const { page, server } = app;
    // All 60,000 images and 5 epochs: the run is still going when the test acts on it,
    // however fast the engine is.
    await setField(page, 'hp-epochs', '5');
    await setField(page, 'hp-train-limit', '60000');
    await page.getByTestId('train-start').click();
    await expect
      .poll(
        async () => Number(await page.getByTestId('train-progress').getAttribute('data-batch')),
        { timeout: 120_000, interval: 50 },
      )
      .toBeGreaterThan(0);
    process.kill(server.enginePid()!, 'SIGKILL');

    const error = page.getByTestId('training-error');
    await error.waitFor({ timeout: 60_000 });
    expect(['ENGINE_RESTARTED', 'ENGINE_DISCONNECTED']).toContain(
      await error.getAttribute('data-code'),
    );
    expect(await error.textContent()).toMatch(/earlier runs are unchanged/);
    const statuses = await page
      .getByTestId('run-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    expect(statuses).toEqual(['failed', 'stopped', 'completed']);
    await waitConnected(page);
    await expect
      .poll(() => page.getByTestId('train-start').isEnabled(), { timeout: 10_000 })
      .toBe(true);
  });
});
