import type { Locator, Page } from '@playwright/test';
import { expect } from './test';
import { openExtensionPage, type Launched } from './extension';
import { panelFor } from './panel';

// Helpers of the editor specs (editor*.spec.ts).
export const ACME = 'https://www.linkedin.com/company/acme-analytics/';

export const status = (p: Page) => p.evaluate(() => chrome.runtime.sendMessage({ type: 'playbook/status', data: {} })).then((r) => (r as { data: { name: string; version: string; source: string } }).data);

/** Acme's page scored in a tab, and the side panel pinned to it. */
export async function panelForAcme(l: Launched): Promise<Page> {
  const { panel } = await panelFor(l, ACME);
  await expect(panel.getByTestId('score')).toHaveText(/\d+\/100/);
  return panel;
}

/**
 * Put a whole text into a text area as a paste does (one input event). Playwright's fill types
 * through the editing pipeline and takes seconds for a 26 KB playbook; the page's own handling
 * takes milliseconds.
 */
export async function paste(field: Locator, text: string): Promise<void> {
  await field.evaluate((el: HTMLTextAreaElement, v) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** The options page on the editor tab, with the playbook in use loaded and valid. */
export async function openEditor(l: Launched): Promise<Page> {
  const options = await openExtensionPage(l, 'options');
  await options.goto(options.url().split('#')[0] + '#editor');
  await expect(options.getByTestId('validation-summary')).toHaveText(/^Valid/);
  return options;
}

/** A playbook with three problems zod and the cross-checks find (by path). */
export function badPlaybook(): string {
  return JSON.stringify({
    format: 'icp-fit/playbook@1',
    name: 'Bad',
    version: '9',
    icps: [{ id: 'x', name: 'X', criteria: [{ id: 'c', label: 'c', layer: 'firmographic', points: -5, fact: 'hqRegion', is: 'in', values: ['westeros'] }], tiers: [{ name: 'A', min: 10 }], surprise: 1 }],
  });
}
