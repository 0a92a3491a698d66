import { AxeBuilder } from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, tabIdOf, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { saveScreens } from './support/screens';

// The toolbar popup: a glance (tier, score, top three reasons) and the way into the side panel.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
const BROKEN = 'https://www.linkedin.com/company/broken-layout/';
const POPUP_VIEWPORT = { width: 360, height: 420 };

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
  await serveFixture(l.context, BROKEN, 'e2e/company-unrecognised.html');
});

async function popupFor(url: string, badge: RegExp): Promise<{ popup: Page; tabId: number }> {
  const page = await l.context.newPage();
  await page.goto(url);
  const popup = await openExtensionPage(l, 'popup');
  const tabId = await tabIdOf(popup, url + '*');
  await expect.poll(async () => (await badgeOf(popup, tabId)).text).toMatch(badge);
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(popup.url().split('?')[0] + `?tabId=${tabId}`);
  return { popup, tabId };
}

async function axeSerious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the popup shows tier, score and the top three reasons, and opens the side panel', async () => {
  const { popup, tabId } = await popupFor(ACME, /^(A|B|C|DQ)$/);
  const badge = (await badgeOf(popup, tabId)).text;
  await expect(popup.getByTestId('tier')).toHaveText(badge);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(popup.getByTestId('score')).toHaveText(/^\d{1,3}\/100/);
  const reasons = popup.getByTestId('reasons').locator('li');
  await expect(reasons).toHaveCount(3);
  for (const r of await reasons.allTextContents()) expect(r).toMatch(/^[✓◐✗] \S/);
  // the heaviest known criterion of the starter's best ICP leads
  await expect(reasons.first()).toHaveText('✓ B2B software or internet company');
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect(await axeSerious(popup), colorScheme).toEqual([]);
  }
  await saveScreens(popup, 'popup');

  // Chrome's side panel is not a tab Playwright hands out as a Page: its target is listed by CDP.
  const probe = l.context.pages()[0]!;
  const sidePanels = async () => {
    const cdp = await l.context.newCDPSession(probe);
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    return targetInfos.filter((t) => t.type === 'page' && t.url === `chrome-extension://${l.extensionId}/sidepanel.html`).length;
  };
  expect(await sidePanels()).toBe(0);
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: /^Open side panel$/ }).click();
  await closed; // the popup gets out of the way
  await expect.poll(sidePanels).toBe(1);
});

test('the popup says when a page was not recognised, without a score', async () => {
  const { popup } = await popupFor(BROKEN, /^\?$/);
  await expect(popup.getByTestId('popup-state')).toContainText('This page was not recognised');
  await expect(popup.getByTestId('popup-state')).toContainText('Nothing was scored.');
  await expect(popup.getByTestId('score')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: /^Open side panel$/ })).toBeVisible();
  expect(await axeSerious(popup)).toEqual([]);
  await saveScreens(popup, 'popup-unrecognised');
});
