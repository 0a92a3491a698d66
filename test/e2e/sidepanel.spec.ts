import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { saveScreens } from './support/screens';
import { panelFor } from './support/panel';

// The side panel as a rep uses it, in real Chromium: fixture pages at their real URLs, the real
// content script, worker, Dexie and panel. Screens of each state land in test-results/screens/.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});

test('a scored company: tier, score, coverage, range, action, playbook; criteria by layer with evidence', async () => {
  const { panel } = await panelFor(l, ACME);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(panel.getByTestId('domain')).toHaveText('acme-analytics.io');
  await expect(panel.getByTestId('tier')).toHaveText(/^(A|B|C)$/);
  await expect(panel.getByTestId('score')).toHaveText(/^\d{1,3}\/100$/);
  await expect(panel.getByTestId('coverage')).toHaveText(/^Coverage \d+% · could range \d+–\d+$/);
  await expect(panel.getByTestId('action')).not.toBeEmpty();
  await expect(panel.getByTestId('playbook')).toHaveText(/^Scored with ICP Fit starter playbook v\S+$/);
  await expect(panel.getByRole('meter', { name: 'Fit (who)' })).toBeVisible();
  await expect(panel.getByRole('meter', { name: 'Timing (signals)' })).toBeVisible();

  // criteria grouped by layer, firmographics first; an industry row carries its evidence on expand
  await expect(panel.locator('.layer h3').first()).toHaveText('Firmographics (who)');
  const industry = panel.getByTestId('criterion-industry-software');
  await expect(industry).toHaveAttribute('data-state', 'matched');
  await expect(industry.locator('.points')).toHaveText('20/20');
  await industry.locator('summary').click();
  await expect(industry.getByTestId('value')).toContainText('Software Development');
  await expect(industry.locator('.evidence')).toContainText('LinkedIn company page');
  await expect(industry.locator('.evidence')).toContainText('linkedin.com/company/acme-analytics');
  await expect(industry.locator('.evidence time')).toHaveCount(1);
  await expect(panel.getByText('required').first()).toBeVisible();
  await saveScreens(panel, 'company');
  await industry.locator('summary').click();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await saveScreens(panel, 'company-first-screen', { fullPage: false });
});

/** Read the score and coverage the header shows. */
async function headline(panel: Page): Promise<{ score: string; coverage: string }> {
  return { score: (await panel.getByTestId('score').textContent()) ?? '', coverage: (await panel.getByTestId('coverage').textContent()) ?? '' };
}

test('filling a gap and editing a fact rescore live, in every open page and on the badge', async () => {
  const { panel, tabId } = await panelFor(l, ACME);
  const popup = await openExtensionPage(l, 'popup', { tabId });
  await panel.bringToFront(); // a background tab gets ~1 animation frame a second
  await expect(panel.getByTestId('coverage')).toHaveText(/^Coverage 70%/);
  const before = await headline(panel);
  const badgeBefore = (await badgeOf(panel, tabId)).title;

  // a qualitative criterion: answered yes/no after discovery
  const budget = panel.getByTestId('gap-sales-owns-budget');
  await expect(budget).toContainText('Who signs off on new sales tools?');
  await budget.getByRole('button', { name: '✗ No' }).click();
  await expect(panel.getByTestId('coverage')).toHaveText(/^Coverage 80%/);
  await expect(panel.getByTestId('criterion-sales-owns-budget')).toHaveAttribute('data-state', 'missed');
  expect((await headline(panel)).score).not.toBe(before.score);
  // the answer made another ICP the best: the panel stays on the one being worked on and says so,
  // the popup (another open page, no reload) follows the new best
  await expect(panel.getByTestId('icp-name')).toContainText('Outbound sales tool');
  const bestNow = (await panel.getByTestId('best-now').locator('strong').textContent())!;
  expect(bestNow).not.toContain('Outbound sales tool');
  await expect(popup.getByTestId('popup-icp')).toHaveText(bestNow);

  // a fact the page lacks: typed in as a list, saved as the rep's own, matched at once
  const crm = panel.getByTestId('gap-crm-in-place');
  await crm.getByLabel('Tech used').fill('Salesforce, Slack');
  await crm.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByTestId('coverage')).toHaveText(/^Coverage 90%/);
  const row = panel.getByTestId('criterion-crm-in-place');
  await expect(row).toHaveAttribute('data-state', 'matched');
  await row.locator('summary').click();
  await expect(row.getByTestId('value')).toContainText('Salesforce');
  await expect(row.getByTestId('value')).toContainText('Entered by you');

  // the badge follows too, and so does its headline, which a newly opened panel draws first
  await expect.poll(async () => (await badgeOf(panel, tabId)).title).not.toBe(badgeBefore);
  const key = `badge:${tabId}`;
  await expect
    .poll(async () => {
      const [badge, h] = await Promise.all([badgeOf(panel, tabId), panel.evaluate(async (k) => (await chrome.storage.session.get(k))[k] as { tier: string; icpName: string; score: number }, key)]);
      return !!h && badge.text === h.tier.slice(0, 4) && badge.title.includes(`${h.icpName} · tier ${h.tier} · score ${h.score}`);
    })
    .toBe(true);

  // a wrong value is refused with what to type; an edited page fact shows as the rep's
  await panel.getByTestId('facts').locator('summary').first().click();
  const employees = panel.getByTestId('fact-employees');
  await employees.getByRole('button', { name: 'Edit Employees' }).click();
  await employees.getByLabel('Employees').fill('lots');
  await employees.getByRole('button', { name: 'Save' }).click();
  await expect(employees.getByRole('alert')).toHaveText(/Enter a number/);
  await employees.getByLabel('Employees').fill('2,500');
  await employees.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByTestId('criterion-size-20-200')).toHaveAttribute('data-state', 'missed');
  await expect(panel.getByTestId('fact-employees')).toContainText('2,500');
  await expect(panel.getByTestId('fact-employees')).toContainText('Entered by you');
  await saveScreens(panel, 'edited');

  // removing the rep's value rescoring again (the page's band, 51-200, decides again)
  await panel.getByTestId('fact-employees').getByRole('button', { name: 'Edit Employees' }).click();
  await panel.getByTestId('fact-employees').getByRole('button', { name: 'Remove my value' }).click();
  await expect(panel.getByTestId('criterion-size-20-200')).toHaveAttribute('data-state', 'matched');
  await expect(panel.getByTestId('fact-employees')).toHaveCount(0);

  // any fact can be added, not only the ones a criterion asks for
  await panel.getByTestId('add-fact').selectOption({ label: 'Open roles' });
  await panel.getByTestId('facts').getByTestId('edit-openRoles').getByLabel('Open roles').fill('Senior SDR, Product Designer');
  await panel.getByTestId('facts').getByTestId('edit-openRoles').getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByTestId('criterion-hiring-sdrs')).toHaveAttribute('data-state', 'matched');
  await expect(panel.getByTestId('fact-openRoles')).toContainText('Senior SDR, Product Designer');

  // a change made elsewhere (here: the popup's page) updates the panel in place, without layout shifts
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift' });
  });
  const accountId = await panel.evaluate(async () => {
    const r = (await chrome.runtime.sendMessage({ type: 'accounts/recent', data: { query: 'acme' } })) as { data: { accounts: { id: string }[] } };
    return r.data.accounts[0]!.id;
  });
  const scoreBefore = (await headline(panel)).score;
  await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'account/answer', data: { accountId: id, criterionId: 'sales-owns-budget', value: true } }), accountId);
  await expect(panel.getByTestId('criterion-sales-owns-budget')).toHaveAttribute('data-state', 'matched');
  expect((await headline(panel)).score).not.toBe(scoreBefore);
  await panel.waitForTimeout(400); // let the meters settle
  const shift = await panel.evaluate(() => (window as unknown as { __shift: number }).__shift);
  console.log(`layout shift on a live update: ${shift.toFixed(4)}`);
  expect(shift).toBeLessThan(0.01);
  // (the observer does see shifts: content pushed down from the top counts)
  await panel.evaluate(() => document.querySelector('main')!.prepend(Object.assign(document.createElement('div'), { style: 'height:120px' })));
  await expect.poll(() => panel.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeGreaterThan(0.01);
});
