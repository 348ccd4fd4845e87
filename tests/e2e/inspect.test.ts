import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppUnderTest } from './support/app';
import { seriousViolations } from './support/axe';
import { chromiumAvailable } from './support/chromium';
import { waitConnected } from './support/page';
import { DEFAULT_STEPS } from '../support/imaging';

const EXAMPLE_PHOTO = fileURLToPath(new URL('../../assets/examples/t-shirt.png', import.meta.url));

/** Every confusion-matrix cell's count, `counts[true][predicted]`, read from the page. */
async function readMatrix(page: Page): Promise<number[][]> {
  const cells = await page.locator('[data-testid^="cm-cell-"]').evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute('data-testid') ?? '',
      count: Number(node.getAttribute('data-count')),
    })),
  );
  const matrix = Array.from({ length: 10 }, () => new Array<number>(10).fill(-1));
  for (const { id, count } of cells) {
    const [, , truth, guess] = id.split('-');
    const row = matrix[Number(truth)];
    if (row) row[Number(guess)] = count;
  }
  return matrix;
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByTestId(`inspect-section-${name}`).click();
}

describe.skipIf(!chromiumAvailable())('inspect views in browser mode', () => {
  let app: AppUnderTest;
  let accuracy = 0;

  beforeAll(async () => {
    app = await startApp();
    const { page } = app;
    await waitConnected(page);
    // A short course-model run: 1 epoch on 3,000 training images, evaluated on all 10,000 test images.
    await page.getByTestId('template-picker').selectOption('course-mlp');
    for (const [id, value] of [
      ['hp-epochs', '1'],
      ['hp-train-limit', '3000'],
    ] as const) {
      await page.getByTestId(id).fill(value);
      await page.getByTestId(id).blur();
    }
    // (expect.poll is only allowed inside tests; a locator wait works in hooks.)
    await page.locator('[data-testid="train-start"]:enabled').click({ timeout: 30_000 });
    const result = page.getByTestId('test-accuracy');
    await result.waitFor({ timeout: 170_000 });
    accuracy = Number(await result.getAttribute('data-value'));
    await page.getByTestId('workspace-tab-inspect').click();
    await page.getByTestId('confusion-matrix').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows a confusion matrix whose diagonal adds up to the test accuracy × 10,000', async () => {
    const matrix = await readMatrix(app.page);
    expect(matrix.flat().every((count) => count >= 0)).toBe(true);
    expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(10_000);
    const diagonal = matrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0);
    expect(accuracy).toBeGreaterThan(0.5);
    expect(diagonal).toBe(Math.round(accuracy * 10_000));
    // Every class appears 1,000 times in the test set.
    for (const row of matrix) expect(row.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('lists per-class metrics and the most confused pairs, sortable by F1', async () => {
    const { page } = app;
    const table = page.getByTestId('per-class-table');
    expect(await table.locator('tbody tr').count()).toBe(10);
    await page.getByTestId('per-class-sort-f1').click();
    const f1 = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-f1'))));
    expect(f1).toEqual([...f1].sort((a, b) => b - a));
    const pairs = page.getByTestId('confused-pair');
    expect(await pairs.count()).toBeGreaterThan(0);
    const counts = await pairs.evaluateAll((items) =>
      items.map((item) => Number(item.getAttribute('data-count'))),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('opens the gallery of exactly the images of a clicked cell', async () => {
    const { page } = app;
    const matrix = await readMatrix(page);
    // The most frequent mistake: a cell with several images, off the diagonal.
    let best = { truth: 0, guess: 1, count: -1 };
    matrix.forEach((row, truth) =>
      row.forEach((count, guess) => {
        if (truth !== guess && count > best.count) best = { truth, guess, count };
      }),
    );
    expect(best.count).toBeGreaterThan(0);
    await page.getByTestId(`cm-cell-${best.truth}-${best.guess}`).click();
    const gallery = page.getByTestId('gallery');
    await expect.poll(() => gallery.getAttribute('data-status'), { timeout: 60_000 }).toBe('ok');
    expect(Number(await gallery.getAttribute('data-total'))).toBe(best.count);
    const items = page.getByTestId('gallery-item');
    expect(await items.count()).toBe(Math.min(best.count, 24));
    const shown = await items.evaluateAll((nodes) =>
      nodes.map((node) => [
        Number(node.getAttribute('data-label')),
        Number(node.getAttribute('data-predicted')),
      ]),
    );
    for (const pair of shown) expect(pair).toEqual([best.truth, best.guess]);
  });

  it('sorts wrong answers with the most confident mistakes first', async () => {
    const { page } = app;
    await page.getByTestId('gallery-trueLabel').selectOption('');
    await page.getByTestId('gallery-predictedLabel').selectOption('');
    await page.getByTestId('gallery-correctness').selectOption('wrong');
    await page.getByTestId('gallery-sort').selectOption('confidence-desc');
    const gallery = page.getByTestId('gallery');
    const wrong = 10_000 - Math.round(accuracy * 10_000);
    await expect
      .poll(async () => Number(await gallery.getAttribute('data-total')), { timeout: 60_000 })
      .toBe(wrong);
    await expect.poll(() => gallery.getAttribute('data-status')).toBe('ok');
    const items = await page.getByTestId('gallery-item').evaluateAll((nodes) =>
      nodes.map((node) => ({
        right: node.getAttribute('data-label') === node.getAttribute('data-predicted'),
        confidence: Number(node.getAttribute('data-confidence')),
      })),
    );
    expect(items.length).toBe(24);
    expect(items.every((item) => !item.right)).toBe(true);
    const confidences = items.map((item) => item.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('follows a gallery image through every layer: 28 × 28 → 784 → 128 → 10', async () => {
    const { page } = app;
    const first = page.getByTestId('gallery-item').first();
    const index = await first.getAttribute('data-index');
    await first.getByRole('button').click();
    const view = page.getByTestId('layer-view');
    await expect.poll(() => view.getAttribute('data-status'), { timeout: 60_000 }).toBe('ok');
    expect(await view.getAttribute('data-index')).toBe(index);
    expect(await page.getByTestId('layer-input').getAttribute('data-shape')).toBe('28x28');
    expect(await page.getByTestId('layer-flatten').getAttribute('data-shape')).toBe('784');
    expect(await page.getByTestId('layer-dense').getAttribute('data-shape')).toBe('128');
    expect(await page.getByTestId('layer-output').getAttribute('data-shape')).toBe('10');
    const probabilities = await page
      .getByTestId('layer-output')
      .locator('[data-testid="probability-bars"] li')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-value'))));
    expect(probabilities).toHaveLength(10);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
  });

  it('prepares the example photo step by step and predicts its class', async () => {
    const { page } = app;
    await openSection(page, 'tryImage');
    await page.getByTestId('try-image-input').setInputFiles(EXAMPLE_PHOTO);
    const prediction = page.getByTestId('try-image-prediction');
    await prediction.waitFor({ timeout: 60_000 });
    const label = Number(await prediction.getAttribute('data-label'));
    expect(label).toBeGreaterThanOrEqual(0);
    expect(label).toBeLessThan(10);
    const steps = () =>
      page
        .getByTestId('try-image-step')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step')));
    expect(await steps()).toEqual(DEFAULT_STEPS);
    expect(await page.getByTestId('try-image-step').last().getAttribute('data-width')).toBe('28');
    // Each toggle changes what is done: contrast stretch adds a step, no inversion drops one.
    await page.getByTestId('pipeline-contrastStretch').check();
    await expect
      .poll(steps, { timeout: 30_000 })
      .toEqual(['original', 'trim', 'resize', 'sharpen', 'pad', 'negate', 'gray', 'contrast']);
    await page.getByTestId('pipeline-invert').uncheck();
    await expect
      .poll(steps, { timeout: 30_000 })
      .toEqual(['original', 'trim', 'resize', 'sharpen', 'pad', 'gray', 'contrast']);
    await page.getByTestId('pipeline-invert').check();
    await page.getByTestId('pipeline-contrastStretch').uncheck();
  });

  it('says clearly when a file is not a picture or is damaged, and keeps working', async () => {
    const { page } = app;
    const input = page.getByTestId('try-image-input');
    const error = page.getByTestId('try-image-error');
    await input.setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('these are not pixels'),
    });
    await expect
      .poll(() => error.getAttribute('data-code'), { timeout: 30_000 })
      .toBe('IMAGE_UNSUPPORTED_TYPE');
    expect(await error.textContent()).toContain('PNG, JPEG, WebP or GIF');
    const truncated = readFileSync(EXAMPLE_PHOTO).subarray(0, 120);
    await input.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: truncated });
    await expect
      .poll(() => error.getAttribute('data-code'), { timeout: 30_000 })
      .toBe('IMAGE_DECODE_FAILED');
    expect(await page.getByTestId('try-image-prediction').count()).toBe(0);
    // The example photo shipped with the app is one click away and works again at once.
    await page.getByTestId('try-image-example').click();
    await page.getByTestId('try-image-prediction').waitFor({ timeout: 60_000 });
    expect(await error.count()).toBe(0);
    expect(await page.getByTestId('try-image-step').first().getAttribute('data-width')).toBe('240');
  });

  it('browses the training images by class with counts and shows one image with its pixel values', async () => {
    const { page } = app;
    await openSection(page, 'dataset');
    const shirts = page.getByTestId('dataset-class-6');
    await expect.poll(() => shirts.getAttribute('data-count'), { timeout: 60_000 }).toBe('6000');
    await shirts.click();
    const thumbs = page.getByTestId('dataset-thumbs');
    await expect.poll(() => thumbs.getAttribute('data-total'), { timeout: 60_000 }).toBe('6000');
    const labels = await page
      .getByTestId('dataset-thumb')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-label')));
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['6']));
    await page.getByTestId('dataset-thumb').first().click();
    const table = page.getByTestId('pixel-table');
    expect(await table.locator('td').count()).toBe(784);
    const bytes = await table.locator('td').allTextContents();
    expect(Math.max(...bytes.map(Number))).toBeGreaterThan(1);
    await page.getByTestId('normalise-toggle').check();
    const scaled = await table.locator('td').allTextContents();
    expect(Math.max(...scaled.map(Number))).toBeLessThanOrEqual(1);
    expect(scaled.map(Number)).toEqual(bytes.map((v) => Number((Number(v) / 255).toFixed(2))));
    expect(await page.getByTestId('colour-bar').getAttribute('data-max')).toBe('1');
  });

  it('has no serious or critical accessibility problems in any inspect view', async () => {
    const { page } = app;
    for (const section of ['predictions', 'gallery', 'layers', 'tryImage', 'dataset']) {
      await openSection(page, section);
      await page
        .locator('#inspect-panel [aria-busy="true"]')
        .waitFor({ state: 'detached', timeout: 60_000 });
      expect(await seriousViolations(page, ['#workspace-panel-inspect']), section).toEqual([]);
    }
  });

  it('speaks Portuguese after switching the language, class names included', async () => {
    const { page } = app;
    await page.getByTestId('language-switch').selectOption('pt-BR');
    expect(await page.getByTestId('workspace-tab-inspect').textContent()).toBe('Inspecionar');
    await openSection(page, 'predictions');
    expect(await page.getByTestId('cm-cell-6-0').getAttribute('aria-label')).toMatch(
      /^Camisa previsto como Camiseta\/top: /,
    );
    expect(await page.getByTestId('per-class-table').locator('thead').textContent()).toContain(
      'Revocação',
    );
    await page.getByTestId('language-switch').selectOption('en');
  });

  it('keeps Delete and Backspace in the Inspect tab from deleting a layer of the hidden graph', async () => {
    const { page } = app;
    await page.getByTestId('workspace-tab-build').click();
    const dense = page.getByTestId('node-dense');
    expect(await dense.count()).toBe(1);
    await dense.click();
    await page.getByTestId('workspace-tab-inspect').click();
    await page.getByTestId('inspect-section-predictions').focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await page.getByTestId('workspace-tab-build').click();
    expect(await page.getByTestId('node-dense').count()).toBe(1);
    await page.getByTestId('workspace-tab-inspect').click();
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
