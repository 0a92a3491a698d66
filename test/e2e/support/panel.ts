import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test';
import { badgeOf, openExtensionPage, tabIdOf, type Launched } from './extension';
import { PANEL_VIEWPORT } from './screens';

/** Open `url` in a tab, wait until it is scored (badge), and open the side panel pinned to it. */
export async function panelFor(l: Launched, url: string, badge: RegExp = /^(A|B|C|DQ)$/): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await l.context.newPage();
  await page.goto(url);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, url + '*');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text).toMatch(badge);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  return { page, panel, tabId };
}

/** Serious and critical accessibility violations on the page as it is now. */
export async function axeSerious(page: Page): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  expect(passes.length, 'axe ran its checks').toBeGreaterThan(10);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
