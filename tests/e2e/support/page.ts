import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits until the status bar says the engine is connected (the first start may take a while). */
export async function waitConnected(page: Page): Promise<void> {
  await page
    .getByTestId('backend-status')
    .and(page.locator('[data-state="connected"]'))
    .waitFor({ timeout: 120_000 });
}

/** Types a value into a field, leaves it (so it commits), and checks the field kept the value. */
export async function setField(page: Page, testId: string, value: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(value);
  await field.blur();
  expect(await field.inputValue()).toBe(value);
}
