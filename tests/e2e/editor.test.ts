import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './support/app';
import { chromiumAvailable } from './support/chromium';

/** Centre of an element on the page. */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a connection from the bottom handle of `from` to the top handle of `to`, as a user does. */
async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centre(from.locator('.react-flow__handle.source'));
  const end = await centre(to.locator('.react-flow__handle.target'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

async function edgeLabels(page: Page): Promise<string[]> {
  return (await page.getByTestId('edge-label').allTextContents()).sort();
}

describe.skipIf(!chromiumAvailable())('model editor in browser mode', () => {
  let app: AppUnderTest;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'camadas-editor-e2e-'));
    app = await startApp();
    await app.page.setViewportSize({ width: 1400, height: 900 });
    await app.page.getByTestId('canvas').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts a new project with Input and Output placed and a hint to add layers between them', async () => {
    const { page } = app;
    expect(await page.getByTestId('node-input').count()).toBe(1);
    expect(await page.getByTestId('node-output').count()).toBe(1);
    expect(await page.getByTestId('canvas-hint').textContent()).toMatch(/between them/);
  });

  it('builds Input → Flatten → Dense(128) → Output by dragging from the palette and connecting handles', async () => {
    const { page } = app;
    const canvas = page.getByTestId('canvas');
    const box = await canvas.boundingBox();
    const inputBox = await page.getByTestId('node-input').boundingBox();
    const outputBox = await page.getByTestId('node-output').boundingBox();
    if (!box || !inputBox || !outputBox) throw new Error('canvas or nodes have no box');
    // Drop the new layers in the gap between Input and Output, whatever the canvas' size.
    const gapTop = inputBox.y + inputBox.height;
    const gap = outputBox.y - gapTop;
    const dropAt = (fraction: number) => ({
      x: inputBox.x - box.x + 4,
      y: gapTop + gap * fraction - box.y,
    });
    await page.getByTestId('palette-item-flatten').dragTo(canvas, { targetPosition: dropAt(0.15) });
    await page.getByTestId('node-flatten').waitFor();
    await page.getByTestId('palette-item-dense').dragTo(canvas, { targetPosition: dropAt(0.58) });
    await page.getByTestId('node-dense').waitFor();
    expect(await page.getByTestId('node-dense').textContent()).toContain('128 units');

    const input = page.getByTestId('node-input');
    const flatten = page.getByTestId('node-flatten');
    const dense = page.getByTestId('node-dense');
    const output = page.getByTestId('node-output');
    await connect(page, input, flatten);
    await connect(page, flatten, dense);
    await connect(page, dense, output);

    await expect.poll(() => edgeLabels(page)).toEqual(['128', '28 × 28', '784']);
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe('101770');
    expect(await page.getByTestId('validation-message').count()).toBe(0);
    expect(await page.getByTestId('project-dirty').count()).toBe(1);
  });

  it('refuses a second connection into a layer and says why', async () => {
    const { page } = app;
    await connect(page, page.getByTestId('node-input'), page.getByTestId('node-dense'));
    const notice = page.getByTestId('connection-refusal');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/already (receives|sends)/);
    expect(await edgeLabels(page)).toEqual(['128', '28 × 28', '784']);
  });

  it('asks for Flatten when it is deleted, and undo brings it back', async () => {
    const { page } = app;
    await page.getByTestId('node-flatten').click();
    await page.keyboard.press('Delete');
    await page.getByTestId('node-flatten').waitFor({ state: 'detached' });
    const message = page.locator(
      '[data-testid="validation-message"][data-code="SHAPE_NEEDS_FLATTEN"]',
    );
    await message.waitFor();
    expect(await message.textContent()).toMatch(/Flatten/);
    expect(
      await page.locator('[data-testid="node-problem"][data-code="SHAPE_NEEDS_FLATTEN"]').count(),
    ).toBe(1);

    await page.keyboard.press('Control+z');
    await page.getByTestId('node-flatten').waitFor();
    await message.waitFor({ state: 'detached' });
    expect(await edgeLabels(page)).toEqual(['128', '28 × 28', '784']);
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe('101770');
  });

  it('edits units in the inspector, refusing an out-of-range value while keeping the last valid one', async () => {
    const { page } = app;
    await page.getByTestId('node-dense').click();
    const units = page.getByTestId('inspector-units');
    await units.fill('64');
    await expect
      .poll(() => page.getByTestId('model-summary-total-params').textContent())
      .toBe(String(784 * 64 + 64 + 64 * 10 + 10));
    await units.fill('0');
    expect(await page.getByTestId('inspector-units-error').textContent()).toMatch(
      /1 ≤ units ≤ 8192/,
    );
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe(
      String(784 * 64 + 64 + 64 * 10 + 10),
    );
    await units.fill('128');
    await units.blur();
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe('101770');
  });

  it('saves the project, and after a reload opens the file to the same graph', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('project-save').click(),
    ]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('Untitled.camadas');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      graph: { nodes: { kind: string }[]; edges: unknown[] };
    };
    expect(saved.format).toBe('camadas-project');
    expect(saved.graph.nodes.map((n) => n.kind).sort()).toEqual([
      'dense',
      'flatten',
      'input',
      'output',
    ]);
    expect(saved.graph.edges).toHaveLength(3);
    await page.getByTestId('project-dirty').waitFor({ state: 'detached' });

    await page.reload();
    await page.getByTestId('canvas').waitFor();
    expect(await page.getByTestId('node-flatten').count()).toBe(0);
    expect(await page.getByTestId('recovery-banner').count()).toBe(0);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('project-open').click(),
    ]);
    await chooser.setFiles(file);
    await page.getByTestId('node-flatten').waitFor();
    await expect.poll(() => edgeLabels(page)).toEqual(['128', '28 × 28', '784']);
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe('101770');
    expect(await page.getByTestId('project-title').textContent()).toBe('Untitled');
    expect(app.pageErrors).toEqual([]);
  });

  it('adds a layer with the keyboard: Enter on a focused palette item', async () => {
    const { page } = app;
    const before = await page.getByTestId('node-dropout').count();
    await page.getByTestId('palette-item-dropout').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('node-dropout').count()).toBe(before + 1);
    expect(await page.getByTestId('inspector-rate').inputValue()).toBe('0.2');
  });

  it('keeps unsaved work in the recovery slot and offers it back after a reload', async () => {
    const { page } = app;
    const dropouts = await page.getByTestId('node-dropout').count();
    expect(dropouts).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('camadas.recovery') !== null), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.reload();
    await page.getByTestId('recovery-banner').waitFor();
    expect(await page.getByTestId('node-dropout').count()).toBe(0);
    await page.getByTestId('recovery-restore').click();
    await expect.poll(() => page.getByTestId('node-dropout').count()).toBe(dropouts);
    expect(await page.getByTestId('project-dirty').count()).toBe(1);
    expect(await page.getByTestId('recovery-banner').count()).toBe(0);
  });

  it('asks before New throws unsaved changes away, and Cancel keeps them', async () => {
    const { page } = app;
    const nodes = await page.locator('.react-flow__node').count();
    await page.getByTestId('project-new').click();
    await page.getByTestId('unsaved-dialog').waitFor();
    await page.getByTestId('unsaved-cancel').click();
    expect(await page.locator('.react-flow__node').count()).toBe(nodes);
    await page.getByTestId('project-new').click();
    await page.getByTestId('unsaved-discard').click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    expect(await page.getByTestId('project-dirty').count()).toBe(0);
  });

  it('builds the course model with the keyboard alone: Enter in the palette, connect in the inspector', async () => {
    const { page } = app;
    expect(await page.locator('.react-flow__node').count()).toBe(2);
    for (const kind of ['flatten', 'dense']) {
      await page.getByTestId(`palette-item-${kind}`).focus();
      await page.keyboard.press('Enter');
    }
    for (const kind of ['input', 'flatten', 'dense']) {
      await page.locator(`.react-flow__node-${kind}`).focus();
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="inspector"][data-node-id]`).waitFor();
      await page.getByTestId('inspector-connect').focus();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => edgeLabels(page)).toEqual(['128', '28 × 28', '784']);
    expect(await page.getByTestId('model-summary-total-params').textContent()).toBe('101770');
  });

  it('copies, pastes and duplicates layers, and tidies the chain', async () => {
    const { page } = app;
    await page.getByTestId('node-dense').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.getByTestId('node-dense').count()).toBe(2);
    await page.keyboard.press('Control+d');
    await expect.poll(() => page.getByTestId('node-dense').count()).toBe(3);
    expect(
      await page
        .locator('[data-testid="validation-message"][data-code="GRAPH_NODE_DISCONNECTED"]')
        .count(),
    ).toBe(2);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('node-dense').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('node-dense').count()).toBe(2);

    await page.getByTestId('canvas-auto-layout').click();
    const tops = await Promise.all(
      ['input', 'flatten', 'output'].map(
        async (kind) => (await page.getByTestId(`node-${kind}`).boundingBox())?.y ?? NaN,
      ),
    );
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  });

  it('shows the layer at fault when a problem is clicked', async () => {
    const { page } = app;
    const problem = page.locator(
      '[data-testid="validation-message"][data-code="GRAPH_NODE_DISCONNECTED"]',
    );
    await problem.click();
    const nodeId = await problem.getAttribute('data-node-id');
    await expect
      .poll(() => page.getByTestId('inspector').getAttribute('data-node-id'))
      .toBe(nodeId);
  });
});
