import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * Serious and critical axe-core findings, as `rule: target, target` lines: on the whole page, or
 * only inside the elements matching `include` (CSS selectors).
 */
export async function seriousViolations(page: Page, include?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no injected <script>) allows it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selectors) => {
    const { axe } = window as unknown as {
      axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> };
    };
    const context = selectors ? { include: selectors.map((selector) => [selector]) } : document;
    const result = await axe.run(context);
    // Only plain data crosses back from the page.
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A CSS selector for an element by its data-testid. */
export const byTestId = (id: string): string => `[data-testid="${id}"]`;
