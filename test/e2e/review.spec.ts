import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { BACKUP_FORMAT } from '../../lib/db/backup';
import { localToday } from '../../lib/facts/calendar';
import { defaultPeriods, type ReviewPeriod } from '../../lib/insights/review-periods';
import { openExtensionPage, send, type Launched } from './support/extension';
import { saveScreens } from './support/screens';

// Issue 20 §3 as a manager uses it: outcomes recorded in the last two quarters, the quarterly
// review in Options › Insights, one suggested edit accepted as a new playbook version with a note,
// and the review downloaded as Markdown. Dates follow today's quarters, so the spec never ages.
const [BEFORE, LAST] = defaultPeriods(localToday());
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> Evil Corp';

const playbook = (version: string) => ({
  format: 'icp-fit/playbook@1',
  name: 'Review team',
  version,
  icps: [
    {
      id: 'core',
      name: 'Core',
      criteria: [
        { id: 'industry', label: 'Retail', layer: 'firmographic', points: 60, fact: 'industry', is: 'in', values: ['Retail'] },
        { id: 'emea', label: 'Based in EMEA', layer: 'firmographic', points: 40, fact: 'hqRegion', is: 'in', values: ['emea'] },
      ],
      tiers: [{ name: 'A', min: 80 }, { name: 'B', min: 50 }, { name: 'C', min: 0 }],
    },
  ],
});

const dayAfter = (p: ReviewPeriod, days: number) => new Date(Date.parse(`${p.start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const localMs = (day: string) => new Date(`${day}T12:00:00`).getTime();

/** 120 accounts and two playbook versions: 2026.1 before both quarters, 2026.2 from the 20th day of the last one. */
async function seedAccounts(p: Page): Promise<void> {
  const now = Date.now();
  const f = (value: unknown) => ({ value, source: 'linkedin-company', evidence: [], observedAt: now });
  const accounts = Array.from({ length: 120 }, (_, i) => {
    const software = i % 2 === 0;
    // the hostile name is the biggest deal won in the last quarter: listed first
    const name = i === 60 ? HOSTILE : `Review Co ${i}`;
    const facts = { name: f(name), industry: f(software ? 'Software Development' : 'Retail'), employees: f(software ? 150 + i : 20 + (i % 10)), hqCountry: f(i % 3 ? 'US' : 'DE'), technologies: f([software ? 'HubSpot' : 'Zoho CRM']) };
    return { id: `li:review-${i}`, keys: [`li:review-${i}`], name, facts, firstSeenAt: now, lastSeenAt: now };
  });
  const row = (seq: number, version: string, activatedAt: number) => ({ seq, version, name: 'Review team', source: 'file', text: JSON.stringify(playbook(version)), activatedAt });
  const playbooks = [row(1, '2026.1', localMs(BEFORE!.start) - 30 * 86_400_000), row(2, '2026.2', localMs(dayAfter(LAST!, 20)))];
  const backup = { format: BACKUP_FORMAT, exportedAt: new Date().toISOString(), accounts, observations: [], results: [], answers: [], outcomes: [], playbooks, settings: [] };
  expect(await send(p, 'data/import', { text: JSON.stringify(backup) })).toMatchObject({ ok: true, data: { ok: true } });
}

/** The quarter before: software and retail both win half. The last quarter: software wins 80%, retail 10%. */
async function recordOutcomes(p: Page): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const software = i % 2 === 0;
    const last = i >= 60;
    const k = Math.floor((i % 60) / 2);
    const won = last ? k < (software ? 24 : 3) : k < 15;
    const closedAt = last ? dayAfter(LAST!, i % 2 ? 10 : 40) : dayAfter(BEFORE!, 30);
    const outcome = { status: won ? 'won' : 'lost', openedAt: dayAfter(BEFORE!, 0), closedAt, ...(won ? { value: i === 60 ? 99_999 : 10_000 + i, currency: 'USD' } : {}) };
    expect(await send(p, 'account/outcome', { accountId: `li:review-${i}`, outcome })).toMatchObject({ ok: true });
  }
}

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
});

test('the quarterly review compares two quarters, and an accepted edit becomes a new version with its note', async () => {
  const options = await openExtensionPage(l, 'options');
  await seedAccounts(options);
  await recordOutcomes(options);
  await options.goto(options.url().split('#')[0] + '#insights');
  const review = options.getByTestId('review');
  await expect(review.getByRole('heading', { name: 'Quarterly ICP review' })).toBeVisible();
  await expect(review.getByTestId('review-period-a')).toHaveValue('2');
  const before = review.getByTestId('review-period-0');
  const last = review.getByTestId('review-period-1');
  await expect(before.getByRole('heading')).toContainText(BEFORE!.label);
  await expect(last.getByRole('heading')).toContainText(LAST!.label);
  await expect(before).toContainText('60 closed (won or lost).');
  // per tier: win rate, deal size and cycle
  await expect(last.getByTestId('review-fit')).toContainText(/\d+ won\)/);
  await expect(last.getByTestId('review-not-fit')).toContainText(/80% \(24 won\)/);
  await expect(last.getByTestId('review-not-fit')).toContainText(/\$13,\d{3} \(24 deals\)/);
  await expect(last.getByTestId('review-tier-C')).toContainText(/\d+ days \(\d+\)/);
  // the version in use when each outcome closed, from the versions' activation times
  await expect(before.getByTestId('review-versions')).toHaveText('Playbook in use when they closed: Review team 2026.1 (60).');
  await expect(last.getByTestId('review-versions')).toHaveText('Playbook in use when they closed: Review team 2026.1 (30), Review team 2026.2 (30).');
  // the playbook's "Retail" criterion stopped predicting wins
  await expect(review.getByTestId('review-criterion-industry')).toHaveAttribute('data-change', 'lost');
  await expect(review.getByTestId('review-criterion-industry')).toContainText('strong evidence');
  // a hostile company name is text, not an element
  await expect(last.getByTestId('review-won')).toContainText(`Biggest won: ${HOSTILE} (tier C, $99,999); Review Co`);
  expect(await options.title()).not.toBe('pwned');
  await expect(review.locator('img')).toHaveCount(0);

  // the suggested edits, as a diff against the playbook in use
  const edit = review.getByTestId('review-edit').filter({ hasText: 'now tests industry in Software Development (was industry in Retail)' });
  await expect(edit).toHaveCount(1);
  await expect(edit).toContainText(/Evidence: Industry: Software Development — \d+% of won vs \d+% of lost/);
  await expect(review.getByTestId('review-edit')).not.toHaveCount(1); // more than one to choose from
  const axe = await new AxeBuilder({ page: options }).include('[data-testid="review"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await saveScreens(options, 'quarterly-review', { fullPage: true });

  // the report a manager shares
  const [download] = await Promise.all([options.waitForEvent('download'), review.getByRole('button', { name: 'Download the review (Markdown)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^icp-review-\d{4}-q\d-vs-\d{4}-q\d\.md$/);
  const md = readFileSync((await download.path())!, 'utf8');
  expect(md).toContain(`# Quarterly ICP review: ${BEFORE!.label} vs ${LAST!.label}`);
  expect(md).toContain('\\<img src=x onerror="document\\.title=\'pwned\'"\\> Evil Corp');
  expect(md).toContain('| Not ICP\\-fit | 30 | 80% (24 won) |');

  // accept one edit, with a change note → a new version
  await edit.getByRole('checkbox').check();
  await review.getByLabel('New version').fill('2026.3');
  await review.getByLabel('Change note (why)').fill('Software wins now: the industry test follows the last two quarters.');
  await review.getByRole('button', { name: 'Accept 1 edit as a new version' }).click();
  await expect(options.getByTestId('review-status')).toHaveText('Version 2026.3 is now in use, with your change note (Playbook › Version history).');
  // the review now runs on the new version, which already says what the edit said
  await expect(review.getByText(/Scored with Review team 2026\.3/)).toBeVisible();
  await expect(review.getByTestId('review-edit').filter({ hasText: 'was industry in Retail' })).toHaveCount(0);

  await options.goto(options.url().split('#')[0] + '#playbook');
  const newest = options.getByTestId('version-row').first();
  await expect(newest).toContainText('v2026.3');
  await expect(newest.getByTestId('version-note')).toHaveText('Software wins now: the industry test follows the last two quarters.');
  await newest.getByRole('button', { name: 'What changed' }).click();
  await expect(newest.getByTestId('version-changes')).toContainText('now tests industry in Software Development (was industry in Retail)');
  await expect(newest.getByTestId('version-changes')).not.toContainText('Uses HubSpot');
});

test('a quarter without outcomes says so instead of showing 0%', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.goto(options.url() + '#insights');
  const review = options.getByTestId('review');
  await expect(review.getByTestId('review-period-0').getByTestId('review-empty')).toHaveText('No outcomes: no deal was marked won or lost with a close date in this period.');
  await expect(review.getByTestId('review-period-1').getByTestId('review-empty')).toBeVisible();
  await expect(review.getByTestId('review-period-1')).not.toContainText('0%');
  await expect(review.getByTestId('review-no-edits')).toBeVisible();
});
