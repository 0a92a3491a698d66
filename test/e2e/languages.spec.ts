import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, tabIdOf, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { PANEL_VIEWPORT, saveScreens } from './support/screens';

// LinkedIn in the rep's language, in real Chromium: the content script records the German page's
// labels without knowing them, the service worker maps them, the panel scores and shows which
// language was read; a page in a language we do not read says so instead of an empty company.

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});

async function open(url: string, fixture: string, badge: RegExp) {
  await serveFixture(l.context, url, fixture);
  const page = await l.context.newPage();
  await page.goto(url);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, url + '*');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text, { timeout: 20_000 }).toMatch(badge);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  return panel;
}

test('a German About tab is scored like the English one, its evidence in German', async () => {
  const panel = await open('https://www.linkedin.com/company/kestrel-data/about/', 'linkedin/company-about.i18n-de.html', /^(A|B|C|DQ)$/);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Kestrel Data');
  const industry = panel.getByTestId('criterion-industry-software');
  await expect(industry).toHaveAttribute('data-state', 'matched');
  await industry.locator('summary').click();
  await expect(industry.getByTestId('value')).toContainText('IT Services and IT Consulting');
  await expect(industry.locator('.evidence')).toContainText('LinkedIn (Deutsch): Branche: IT-Dienstleistungen und IT-Beratung');
  await saveScreens(panel, 'language-de');
});

test('a page in a language we do not read says so, with no score', async () => {
  const panel = await open('https://www.linkedin.com/company/wisla-cargo/', 'linkedin/company.unrecognised-language.html', /^\?$/);
  await expect(panel.getByTestId('state-unread-language')).toContainText('LinkedIn in Polski is not read yet');
  await expect(panel.getByTestId('state-unread-language')).toContainText('Deutsch');
  await expect(panel.getByTestId('score')).toHaveCount(0);
  await saveScreens(panel, 'state-unread-language');
});
