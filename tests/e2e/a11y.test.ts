import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppUnderTest } from './support/app';
import { seriousViolations } from './support/axe';
import { chromiumAvailable } from './support/chromium';
import { waitConnected } from './support/page';

/** The focused element's test id (or tag), to follow keyboard focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('data-testid') ?? element?.className ?? element?.tagName ?? '';
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`: proves the control is
 * reachable with the keyboard, in the page's own tab order.
 */
async function tabTo(page: Page, selector: string, backwards = false, limit = 160): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${await focused(page)}`);
}

/** Replaces a text field's value with the keyboard. */
async function typeInto(page: Page, selector: string, value: string, backwards = false): Promise<void> {
  await tabTo(page, selector, backwards);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
}

const edgeLabels = async (page: Page) => (await page.getByTestId('edge-label').allTextContents()).sort();

describe.skipIf(!chromiumAvailable())('accessibility: keyboard only, and axe-core on the main screens', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startApp();
    await waitConnected(app.page);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('has no serious or critical axe findings on the build screen, in both themes', async () => {
    const { page } = app;
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('theme-switch').selectOption('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('theme-switch').selectOption('light');
  });

  it('builds the course model and trains it with the keyboard alone', async () => {
    const { page } = app;
    // A fresh page: the first Tab lands on the first control of the document.
    await page.reload();
    await waitConnected(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toContain('skip-link');

    // Add Flatten and Dense from the palette: Tab to each, Enter.
    for (const kind of ['flatten', 'dense']) {
      await tabTo(page, `[data-testid="palette-item-${kind}"]`);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);

    // Chain Input → Flatten → Dense → Output: select each layer on the canvas, then
    // "Connect its output to" in the layer settings.
    for (const [i, kind] of ['input', 'flatten', 'dense'].entries()) {
      // From the palette the canvas is ahead; from the layer settings it is behind.
      await tabTo(page, `.react-flow__node-${kind}`, i > 0);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('inspector').locator('h2').textContent()).toContain(kind === 'input' ? 'Input' : kind === 'flatten' ? 'Flatten' : 'Dense');
      await tabTo(page, '[data-testid="inspector-connect"]');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => edgeLabels(page)).toEqual(['128', '28 × 28', '784']);
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe('101770');
    expect(await page.getByTestId('validation-ok').isVisible()).toBe(true);

    // A quick run: 1 epoch on 2,000 images, typed into the hyperparameter fields.
    await typeInto(page, '[data-testid="hp-epochs"]', '1');
    await typeInto(page, '[data-testid="hp-train-limit"]', '2000');
    await tabTo(page, '[data-testid="train-start"]');
    await page.keyboard.press('Enter');
    const accuracy = page.getByTestId('test-accuracy');
    await accuracy.waitFor({ timeout: 150_000 });
    expect(Number(await accuracy.getAttribute('data-value'))).toBeGreaterThan(0.3);
    expect(app.pageErrors).toEqual([]);
  });

  it('has no serious or critical axe findings on the training screen after a run, in both themes', async () => {
    const { page } = app;
    await page.getByTestId('run-result').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('theme-switch').selectOption('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('theme-switch').selectOption('light');
  });

  it('reaches Inspect with the keyboard and has no serious or critical axe findings there', async () => {
    const { page } = app;
    await tabTo(page, '[data-testid="workspace-tab-build"]', true);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('workspace-tab-inspect');
    await page.getByTestId('confusion-matrix').waitFor({ timeout: 120_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('theme-switch').selectOption('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('theme-switch').selectOption('light');
  });
});
