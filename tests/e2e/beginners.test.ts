import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppUnderTest } from './support/app';
import { chromiumAvailable } from './support/chromium';
import { waitConnected } from './support/page';

const text = async (page: Page, testId: string): Promise<string> => (await page.getByTestId(testId).first().textContent()) ?? '';

type Box = { x: number; y: number; width: number; height: number };

/** Where an element is on screen (it must be there). */
async function boxOf(page: Page, testId: string): Promise<Box> {
  const box = await page.getByTestId(testId).first().boundingBox();
  if (box === null) throw new Error(`${testId} is not on screen`);
  return box;
}

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.skipIf(!chromiumAvailable())('made for beginners: tour, languages, explanations, themes', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startApp({ firstRun: true });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens the guided tour on the first run, walks its steps over the real elements, and not on the second run', async () => {
    const { page } = app;
    const tour = page.getByTestId('tour');
    await tour.waitFor();
    // The first card stands beside the palette and leaves the empty canvas' call to action in view.
    await expect.poll(async () => overlap(await boxOf(page, 'tour'), await boxOf(page, 'canvas-hint'))).toBe(false);
    expect(overlap(await boxOf(page, 'tour'), await boxOf(page, 'palette'))).toBe(false);
    const steps: string[] = [];
    for (;;) {
      steps.push((await tour.getAttribute('data-step')) ?? '');
      // Every step outlines the real element it talks about.
      expect(await page.getByTestId('tour-highlight').count()).toBe(1);
      if (steps.length === 6) break;
      await page.getByTestId('tour-next').click();
    }
    expect(steps).toEqual(['palette', 'connect', 'shapes', 'train', 'charts', 'mistakes']);
    expect(await text(page, 'tour')).toContain('Step 6 of 6');
    await page.getByTestId('tour-next').click();
    await tour.waitFor({ state: 'detached' });

    // Second start in the same browser profile: the app loads, the tour stays closed.
    await page.reload();
    await waitConnected(page);
    await page.getByTestId('palette-item-dense').waitFor();
    expect(await tour.count()).toBe(0);

    // It can be reopened from Help, and skipped with its Skip button or Escape.
    await page.getByTestId('help-menu').click();
    await page.getByTestId('help-menu-tour').click();
    await tour.waitFor();
    expect(await tour.getAttribute('data-step')).toBe('palette');
    await page.getByTestId('tour-skip').click();
    await tour.waitFor({ state: 'detached' });
    await page.getByTestId('help-menu').click();
    await page.getByTestId('help-menu-tour').click();
    await tour.waitFor();
    await page.keyboard.press('Escape');
    await tour.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a new project’s missing connections as calm next steps, and real problems as problems', async () => {
    const { page } = app;
    const messages = page.getByTestId('validation-message');
    await messages.first().waitFor();
    expect(await messages.count()).toBe(2);
    for (const message of await messages.all()) {
      expect(await message.getAttribute('data-code')).toBe('GRAPH_NODE_DISCONNECTED');
      expect(await message.getAttribute('class')).toContain('problem--next-step');
    }
    expect(await text(page, 'problems')).toContain('Getting started');
    expect(await page.getByTestId('node-problem').count()).toBe(0);
    expect(await page.getByTestId('load-course-model').isVisible()).toBe(true);

    await page.getByTestId('palette-item-dense').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.problem--next-step').count()).toBe(0);
    expect(await messages.count()).toBeGreaterThan(0);
    expect(await text(page, 'problems')).toContain('Problems');
    expect(await page.getByTestId('node-problem').count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.problem--next-step').count()).toBe(2);
  });

  it('switches palette, inspector and validation texts to Brazilian Portuguese and back', async () => {
    const { page } = app;
    await page.getByTestId('node-input').click();
    const before = {
      palette: await text(page, 'palette-item-flatten'),
      inspector: await text(page, 'inspector'),
      problem: await text(page, 'validation-message'),
    };
    expect(before.palette).toContain('Turns the 28 × 28 image into one row of 784 numbers');
    expect(before.inspector).toContain('Receives');
    expect(before.problem).toContain('is not on a connected path from Input to Output');

    await page.getByTestId('language-switch').selectOption('pt-BR');
    await expect.poll(() => text(page, 'palette-item-flatten')).toContain('Transforma a imagem de 28 × 28 em uma fileira de 784 números');
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    expect(await text(page, 'inspector')).toContain('Recebe');
    expect(await text(page, 'validation-message')).toContain('não está num caminho ligado do Input ao Output');
    expect(await text(page, 'problems')).toContain('Primeiros passos');
    expect(await text(page, 'help-menu')).toContain('Ajuda');

    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => text(page, 'palette-item-flatten')).toBe(before.palette);
    expect(await text(page, 'validation-message')).toBe(before.problem);
  });

  it('explains a layer with a "?" that works from the keyboard: picture, Escape, focus back, click outside', async () => {
    const { page } = app;
    const entry = page.locator('.palette-entry', { has: page.getByTestId('palette-item-flatten') });
    const button = entry.getByTestId('help-tip');
    const panel = entry.getByTestId('help-tip-panel');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.getAttribute('aria-label')).toBe('What is Flatten?');
    await button.focus();
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.textContent()).toContain('Lays the 28 rows of the image side by side');
    const picture = panel.getByRole('img');
    expect(await picture.getAttribute('aria-label')).toBe('A 2 × 2 grid of four pixels is laid out as one row of 4 numbers.');
    // The course's example: four numbered pixels in a square, then the same four in a row.
    expect(await picture.locator('rect').count()).toBe(8);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('help-tip');
    // Escape closed the explanation only: a selected layer stays selected.
    expect(await page.getByTestId('inspector').getAttribute('data-node-id')).not.toBeNull();

    await page.keyboard.press(' ');
    await panel.waitFor({ state: 'visible' });
    await page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
    await panel.waitFor({ state: 'hidden' });

    // Hyperparameters, charts and metrics use the same tip: the learning rate has its picture too.
    const rate = page.locator('.hp-field', { has: page.getByTestId('hp-learning-rate') }).getByTestId('help-tip');
    await rate.click();
    const ratePanel = page.locator('.hp-field', { has: page.getByTestId('hp-learning-rate') }).getByTestId('help-tip-panel');
    await ratePanel.waitFor({ state: 'visible' });
    expect(await ratePanel.getByRole('img').count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('lists the keyboard shortcuts and shows About from the Help menu, and "?" opens the list', async () => {
    const { page } = app;
    await page.getByTestId('help-menu').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('help-menu-shortcuts');
    await page.keyboard.press('Enter');
    const shortcuts = page.getByTestId('shortcuts-dialog');
    await shortcuts.waitFor();
    expect(await shortcuts.textContent()).toContain('Undo');
    expect(await shortcuts.locator('[data-action="redo"] kbd').allTextContents()).toEqual(['Ctrl', 'Shift', 'Z', 'Ctrl', 'Y']);
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('help-menu');

    await page.getByTestId('help-menu').click();
    await page.getByTestId('help-menu-about').click();
    const about = page.getByTestId('about-dialog');
    await about.waitFor();
    expect(await text(page, 'about-version')).toMatch(/^Version \d+\.\d+\.\d+/);
    await page.getByTestId('about-dialog-close').click();
    await about.waitFor({ state: 'detached' });

    await page.locator('body').focus();
    await page.keyboard.press('?');
    await shortcuts.waitFor();
    await page.getByTestId('shortcuts-dialog-close').click();
    await shortcuts.waitFor({ state: 'detached' });
  });

  it('follows the system theme, switches to dark or light on request and remembers it', async () => {
    const { page } = app;
    const theme = () => page.locator('html').getAttribute('data-theme');
    expect(await page.getByTestId('theme-switch').inputValue()).toBe('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBackground);

    await page.getByTestId('theme-switch').selectOption('dark');
    await expect.poll(theme).toBe('dark');
    // The canvas follows: React Flow's background is the theme's, not its built-in white.
    const canvasBackground = await page.locator('.react-flow').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(canvasBackground).not.toBe('rgb(255, 255, 255)');
    await page.reload();
    await page.getByTestId('palette-item-dense').waitFor();
    expect(await theme()).toBe('dark');
    expect(await page.getByTestId('theme-switch').inputValue()).toBe('dark');
    await page.getByTestId('theme-switch').selectOption('system');
    await expect.poll(theme).toBe('light');
  });

  it('folds the side panels to give the canvas room, and the minimap stays off the nodes until asked for', async () => {
    const { page } = app;
    const canvasWidth = async () => (await page.getByTestId('canvas').boundingBox())?.width ?? 0;
    const before = await canvasWidth();
    expect(await page.locator('.react-flow__minimap').count()).toBe(0);
    await page.getByTestId('canvas-minimap-toggle').click();
    await page.locator('.react-flow__minimap').waitFor();
    await page.getByTestId('canvas-minimap-toggle').click();
    await page.locator('.react-flow__minimap').waitFor({ state: 'detached' });

    await page.getByTestId('panel-toggle-training').click();
    await page.getByTestId('panel-toggle-editorSide').click();
    await expect.poll(canvasWidth).toBeGreaterThan(before + 400);
    expect(await page.getByTestId('train-start').isVisible()).toBe(false);
    expect(await page.getByTestId('panel-toggle-training').getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('panel-toggle-training').click();
    await page.getByTestId('panel-toggle-editorSide').click();
    await expect.poll(canvasWidth).toBe(before);
    expect(await page.getByTestId('train-start').isVisible()).toBe(true);
  });

  it('keeps the project toolbar on one line at 1280 px, in English and in Portuguese', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('camadas.tour.seen', '1'));
    try {
      const page = await context.newPage();
      await page.goto(app.server.url);
      await waitConnected(page);
      // A changed project shows its unsaved marker too.
      await page.getByTestId('template-picker').selectOption('course-mlp');
      await page.getByTestId('project-dirty').waitFor();
      const ids = ['project-title', 'project-new', 'project-open', 'project-save', 'project-save-as', 'editor-undo', 'editor-redo', 'template-picker', 'export-open', 'import-open'];
      for (const language of ['en', 'pt-BR']) {
        await page.getByTestId('language-switch').selectOption(language);
        const middles = await Promise.all(ids.map(async (id) => {
          const box = await boxOf(page, id);
          return Math.round(box.y + box.height / 2);
        }));
        const top = Math.min(...middles);
        expect(middles.map((y) => y - top <= 2), `${language}: ${middles.join(', ')}`).toEqual(ids.map(() => true));
      }
    } finally {
      await context.close();
    }
  });

  it('offers the course model on the empty canvas, and names connections for screen readers', async () => {
    const { page } = app;
    await page.getByTestId('load-course-model').click();
    await page.getByTestId('validation-ok').waitFor();
    await page.getByTestId('canvas-hint').waitFor({ state: 'detached' });
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe('101770');
    const names = await page.locator('.react-flow__edge').evaluateAll((edges) => edges.map((e) => e.getAttribute('aria-label')));
    expect(names.sort()).toEqual([
      'Connection from dense to dense_1, carrying 128',
      'Connection from flatten to dense, carrying 784',
      'Connection from input_layer to flatten, carrying 28 × 28',
    ]);
  });
});
