import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { startApp, type AppUnderTest } from './support/app';
import { chromiumAvailable } from './support/chromium';
import { setField, waitConnected } from './support/page';

const EXAMPLE_PHOTO = fileURLToPath(new URL('../../assets/examples/t-shirt.png', import.meta.url));

/** Kills the engine process and waits until the page is connected to its replacement. */
async function restartEngine(app: AppUnderTest): Promise<void> {
  const { page, server } = app;
  const firstPid = server.enginePid();
  process.kill(firstPid!, 'SIGKILL');
  const status = page.getByTestId('backend-status');
  await expect
    .poll(
      async () =>
        (await status.getAttribute('data-state')) === 'connected' &&
        Number(await status.getAttribute('data-engine-pid')) !== firstPid,
      { timeout: 120_000 },
    )
    .toBe(true);
}

/**
 * Opens the gallery and waits until it settles on `expected`: 'ok', or an error code. Answers
 * given while the engine was away (ENGINE_… codes) are passed over until then.
 */
async function galleryOutcome(page: Page, expected: string): Promise<number[]> {
  await page.getByTestId('inspect-section-gallery').click();
  const gallery = page.getByTestId('gallery');
  const outcome = async (): Promise<string | null> => {
    const status = await gallery.getAttribute('data-status');
    if (status !== 'error') return status;
    return gallery.getByTestId('inspect-error').getAttribute('data-code');
  };
  await expect.poll(outcome, { timeout: 90_000 }).toBe(expected);
  return page
    .getByTestId('gallery-item')
    .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-predicted'))));
}

describe.skipIf(!chromiumAvailable())(
  'trained weights kept with the project (browser mode)',
  () => {
    let app: AppUnderTest;
    let dir: string;
    let projectFile: string;
    /** Predicted classes on the gallery's first page, from the model as trained. */
    let trainedPredictions: number[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'camadas-run-weights-e2e-'));
      app = await startApp();
      await waitConnected(app.page);
    });

    afterAll(async () => {
      await app?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('keeps the weights of a finished run, marks the project unsaved, and saves them in the file', async () => {
      const { page } = app;
      await page.getByTestId('template-picker').selectOption('course-mlp');
      await setField(page, 'hp-epochs', '1');
      await setField(page, 'hp-train-limit', '2000');
      // Saved now, so the unsaved marker below comes from the run alone.
      const [first] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('project-save').click(),
      ]);
      await first.saveAs(path.join(dir, 'before.camadas'));
      await expect.poll(() => page.getByTestId('project-dirty').count()).toBe(0);

      const start = page.getByTestId('train-start');
      await expect.poll(() => start.isEnabled(), { timeout: 30_000 }).toBe(true);
      await start.click();
      await page.getByTestId('test-accuracy').waitFor({ timeout: 170_000 });
      await expect.poll(() => start.isEnabled(), { timeout: 30_000 }).toBe(true);
      const run = page.getByTestId('run-item').first();
      expect(await run.getAttribute('data-status')).toBe('completed');
      const weights = run.getByTestId('run-weights');
      expect(await weights.getAttribute('data-state')).toBe('kept');
      expect(Number(await weights.getAttribute('data-bytes'))).toBeGreaterThan(101_770 * 4);
      expect(await weights.textContent()).toMatch(/Weights kept \(\d+ kB\)/);
      expect(await page.getByTestId('project-dirty').count()).toBe(1);
      expect(await page.title()).toMatch(/^• /);

      await page.getByTestId('workspace-tab-inspect').click();
      trainedPredictions = await galleryOutcome(page, 'ok');
      expect(trainedPredictions.length).toBeGreaterThan(0);
      await page.getByTestId('workspace-tab-build').click();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('project-save').click(),
      ]);
      projectFile = path.join(dir, 'weights.camadas');
      await download.saveAs(projectFile);
      await expect.poll(() => page.getByTestId('project-dirty').count()).toBe(0);
      const saved = JSON.parse(readFileSync(projectFile, 'utf8')) as {
        runs: { weights?: { files: { name: string }[] } }[];
      };
      expect(saved.runs[0]?.weights?.files.map((file) => file.name).sort()).toEqual([
        'graph.json',
        'history.json',
        'model.json',
        'weights.bin',
      ]);
    });

    it('after a reload and an engine restart, the opened file brings the model back to the gallery, layers, own image and export', async () => {
      const { page } = app;
      await page.reload();
      await waitConnected(page);
      expect(await page.getByTestId('run-item').count()).toBe(0);
      // As when the app starts again another day: the engine holds no model at all.
      await restartEngine(app);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('project-open').click(),
      ]);
      await chooser.setFiles(projectFile);
      await expect.poll(() => page.getByTestId('run-item').count(), { timeout: 10_000 }).toBe(1);
      expect(await page.getByTestId('run-weights').getAttribute('data-state')).toBe('kept');
      expect(await page.getByTestId('project-dirty').count()).toBe(0);

      await page.getByTestId('workspace-tab-inspect').click();
      // The restored model is the trained one, not a fresh one: same answers.
      expect(await galleryOutcome(page, 'ok')).toEqual(trainedPredictions);

      await page.getByTestId('inspect-section-layers').click();
      const layers = page.getByTestId('layer-view');
      await expect.poll(() => layers.getAttribute('data-status'), { timeout: 60_000 }).toBe('ok');
      expect(await page.getByTestId('layer-dense').getAttribute('data-shape')).toBe('128');

      await page.getByTestId('inspect-section-tryImage').click();
      await page.getByTestId('try-image-input').setInputFiles(EXAMPLE_PHOTO);
      await page.getByTestId('try-image-prediction').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('inspect-error').count()).toBe(0);

      await page.getByTestId('workspace-tab-build').click();
      await page.getByTestId('export-open').click();
      await page.getByTestId('export-dialog').waitFor();
      expect(await page.getByTestId('export-format-tfjs').isChecked()).toBe(true);
      const downloads: Download[] = [];
      page.on('download', (file) => downloads.push(file));
      await page.getByTestId('export-submit').click();
      await page.getByTestId('export-done').waitFor({ timeout: 60_000 });
      await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(4);
      const weightsBin = downloads.find((file) => file.suggestedFilename() === 'weights.bin');
      const target = path.join(dir, 'exported-weights.bin');
      await weightsBin?.saveAs(target);
      expect(statSync(target).size).toBe(101_770 * 4);
      await page.getByTestId('export-close').click();
      await expect.poll(() => page.getByTestId('export-dialog').isVisible()).toBe(false);
    });

    it('after the engine is killed while the gallery is shown, the gallery comes back with the same predictions', async () => {
      const { page } = app;
      await page.getByTestId('workspace-tab-inspect').click();
      expect(await galleryOutcome(page, 'ok')).toEqual(trainedPredictions);
      await restartEngine(app);
      await page
        .getByTestId('engine-banner')
        .and(page.locator('[data-kind="restarted"]'))
        .waitFor({ timeout: 120_000 });
      expect(await galleryOutcome(page, 'ok')).toEqual(trainedPredictions);
      expect(app.pageErrors).toEqual([]);
    });

    it('forgetting the weights marks the project unsaved, and then a restart gives the clear “train again” message', async () => {
      const { page } = app;
      await page.getByTestId('workspace-tab-build').click();
      const run = page.getByTestId('run-item').first();
      await run.getByTestId('run-forget-weights').click();
      await run.getByTestId('run-forget-weights-confirm').click();
      expect(await run.getByTestId('run-weights').getAttribute('data-state')).toBe('none');
      expect(await page.getByTestId('project-dirty').count()).toBe(1);

      await restartEngine(app);
      await page.getByTestId('workspace-tab-inspect').click();
      // Another section first, so the gallery asks the new engine afresh.
      await page.getByTestId('inspect-section-layers').click();
      expect(await galleryOutcome(page, 'RUN_NOT_FOUND')).toEqual([]);
    });
  },
);
