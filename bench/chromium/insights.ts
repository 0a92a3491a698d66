import type { Page } from '@playwright/test';
import { launchWithExtension, openExtensionPage } from '../../test/e2e/support/extension';
import { BACKUP_FORMAT, type Backup } from '../../lib/db/backup';
import type { AccountRow, OutcomeRow } from '../../lib/accounts/account-row';
import { MAX_MESSAGE_CHARS } from '../../lib/messaging/protocol/common';
import { sampleAccounts } from '../scoring.bench';
import { figure, type Figure } from '../stats';
import { allowNamedFunctions, stats } from './session';
import { countryCode } from '../../lib/facts/location';

/**
 * "Is the ICP working?" on 10,000 accounts with outcomes (issue #8: renders ≤ 1 s). The accounts
 * are seeded through `data/import` in backup files that fit one message, each with an outcome
 * (won / lost / open / good fit / bad fit, deal values, dates). Timed: opening Options › Insights
 * until the headline tiles are on screen (the background reads and scores every account with an
 * outcome, the page renders the summary) right after an outcome was recorded, so the background's
 * cached summary cannot serve it; the same with nothing changed (cached); and the
 * `insights/performance` round trip alone (computed afresh).
 */
const STATUSES = ['won', 'lost', 'lost', 'open', 'good-fit', 'bad-fit'] as const;

/** As a page would store it: a restore checks each fact like a live write ("United States" is stored as "US"). */
const stored = (fact: string, value: unknown) => (fact === 'hqCountry' ? (countryCode(String(value)) ?? value) : value);

function chunk(from: number, count: number): string {
  const now = Date.now();
  const accounts: AccountRow[] = [];
  const outcomes: OutcomeRow[] = [];
  sampleAccounts(from + count).slice(from).forEach((s, i) => {
    const n = from + i;
    const id = `li:insight-${n}`;
    const facts = Object.fromEntries(Object.entries(s.facts).map(([k, f]) => [k, { value: stored(k, f!.value), source: 'linkedin-company' as const, evidence: [], observedAt: now }]));
    accounts.push({ id, keys: [id], name: `Company ${n}`, facts, firstSeenAt: now, lastSeenAt: now });
    const status = STATUSES[(n * 7919) % STATUSES.length]!;
    const month = String(1 + (n % 9)).padStart(2, '0');
    outcomes.push({ accountId: id, status, ...(status === 'won' && { value: 5000 + (n % 50) * 1000, currency: n % 5 ? 'USD' : 'EUR' }), openedAt: `2026-${month}-01`, closedAt: `2026-${month}-28`, updatedAt: now });
  });
  const backup: Backup = { format: BACKUP_FORMAT, exportedAt: new Date(now).toISOString(), accounts, observations: [], results: [], answers: [], outcomes, playbooks: [], settings: [] };
  return JSON.stringify(backup);
}

async function seed(ext: Page, total: number): Promise<void> {
  for (let from = 0; from < total; ) {
    let count = Math.min(1000, total - from);
    let text = chunk(from, count);
    while (JSON.stringify({ text }).length > MAX_MESSAGE_CHARS) text = chunk(from, (count = Math.floor(count * 0.8)));
    const r = (await ext.evaluate((text) => chrome.runtime.sendMessage({ type: 'data/import', data: { text } }), text)) as { ok: boolean; data?: { ok: boolean; error?: string } };
    if (!r.ok || !r.data?.ok) throw new Error(`seeding failed: ${r.data?.error}`);
    from += count;
  }
  // the import rescoring pass must be over, or it would be timed along with the view
  for (let i = 0; i < 120 && (await stats(ext)).staleResults !== 0; i++) await ext.waitForTimeout(500);
  await ext.waitForTimeout(3000);
  const s = await stats(ext);
  if (s.accounts < total) throw new Error(`seeded ${s.accounts} of ${total} accounts`);
}

/** A rep records an outcome: the background's cached summary is dropped, the next view computes afresh. */
async function touch(ext: Page, i: number): Promise<void> {
  const r = (await ext.evaluate((status) => chrome.runtime.sendMessage({ type: 'account/outcome', data: { accountId: 'li:insight-0', outcome: { status } } }), i % 2 ? 'won' : 'lost')) as { ok: boolean };
  if (!r.ok) throw new Error('account/outcome failed');
}

declare global {
  interface Window {
    __benchTilesAt?: number;
    __benchReviewAt?: number;
  }
}

/** Installed before the page's own scripts: when the tiles first appear, in ms since navigation start. */
function tilesRecorder(): void {
  new MutationObserver((_m, observer) => {
    if (window.__benchTilesAt === undefined && document.querySelector('[data-testid="tile-fit"]')) window.__benchTilesAt = performance.now();
    if (window.__benchReviewAt === undefined && document.querySelector('[data-testid="review-period-1"]')) window.__benchReviewAt = performance.now();
    if (window.__benchTilesAt !== undefined && window.__benchReviewAt !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * ms from navigating to Options › Insights until the headline tiles show, recorded in the page
 * (Playwright's own polling of a background page runs at about one animation frame a second).
 */
async function viewOnce(ext: Page, url: string, whole?: number[]): Promise<number> {
  await ext.goto('about:blank');
  await ext.goto(url);
  await ext.waitForFunction(() => window.__benchTilesAt !== undefined, undefined, { polling: 50, timeout: 30_000 });
  const tiles = await ext.evaluate(() => window.__benchTilesAt!);
  if (whole) {
    await ext.waitForFunction(() => window.__benchReviewAt !== undefined, undefined, { polling: 50, timeout: 30_000 });
    whole.push(await ext.evaluate(() => Math.max(window.__benchTilesAt!, window.__benchReviewAt!)));
  }
  return tiles;
}

export async function insightsFigures(o: { accounts: number; runs: number; extensionDir: string; log: (s: string) => void }): Promise<Figure[]> {
  const l = await launchWithExtension({ extensionDir: o.extensionDir });
  try {
    // `ctl` sends the messages (its "Your data" tab does not follow broadcasts); `ext` is the timed view
    const ctl = await openExtensionPage(l, 'options');
    await ctl.goto(ctl.url() + '#data');
    await allowNamedFunctions(ctl);
    o.log(`  seeding ${o.accounts} accounts with outcomes…`);
    await seed(ctl, o.accounts);
    const ext = await openExtensionPage(l, 'options');
    await ext.addInitScript(tilesRecorder);
    await ext.bringToFront();
    const url = ext.url().split('#')[0] + '#insights';
    const view: number[] = [];
    const cached: number[] = [];
    /** the same opens, until the quarterly review below the tiles is shown too */
    const whole: number[] = [];
    const wholeCached: number[] = [];
    const compute: number[] = [];
    for (let i = 0; i < o.runs; i++) {
      // no Insights page is open while the outcome is written: none starts computing early
      await ext.goto('about:blank');
      await touch(ctl, i);
      view.push(await viewOnce(ext, url, whole));
      cached.push(await viewOnce(ext, url, wholeCached));
      await ext.goto('about:blank');
      await touch(ctl, i + 1);
      compute.push(
        await ctl.evaluate(async () => {
          const t = performance.now();
          const r = (await chrome.runtime.sendMessage({ type: 'insights/performance', data: {} })) as { ok: boolean; data?: { records: number } };
          if (!r.ok) throw new Error('insights/performance failed');
          return performance.now() - t;
        }),
      );
    }
    const n = o.accounts.toLocaleString('en-US');
    return [
      figure('insights.view10kMs', 'insights', `insights view on ${n} accounts with outcomes`, 'ms', view, 'an outcome recorded, then open Options › Insights → headline tiles shown (computed afresh)'),
      figure('insights.viewWhole10kMs', 'insights', `insights view on ${n} accounts with outcomes, tiles and quarterly review shown`, 'ms', whole, 'the same opens, until the review (read and score the deals closed in two quarters, on open) is on screen too'),
      figure('insights.viewCached10kMs', 'insights', `insights view on ${n} accounts, nothing changed since`, 'ms', cached, 'the background reuses the summary until a write'),
      figure('insights.viewWholeCached10kMs', 'insights', `insights view on ${n} accounts, nothing changed since, tiles and quarterly review shown`, 'ms', wholeCached, 'the background reuses the summary and the review until a write'),
      figure('insights.performance10kMs', 'insights', `insights/performance on ${n} accounts (background)`, 'ms', compute, 'read + score every account with an outcome + summarise'),
    ];
  } finally {
    await l.close();
  }
}
