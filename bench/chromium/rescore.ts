import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, type Backup } from '../../lib/db/backup';
import type { ResultRow } from '../../lib/db/rows';
import type { AccountRow } from '../../lib/accounts/account-row';
import { MAX_MESSAGE_CHARS } from '../../lib/messaging/protocol/common';
import { starterPlaybookText } from '../../lib/playbook/templates';
import { playbookKey } from '../../lib/playbook/content-key';
import { parsePlaybookText } from '../../lib/playbook/validate';
import { sampleAccounts } from '../scoring.bench';
import { figure, type Figure } from '../stats';
import { stats } from './session';
import { countryCode } from '../../lib/facts/location';

/**
 * Figure 3d: rescoring every stored account after a playbook change. 10,000 accounts are seeded
 * through `data/import` (in backup files that fit one message: the protocol refuses messages over
 * 1,000,000 characters), each with a cached result of the active (starter) playbook; then a new
 * version is imported with `playbook/import` and timed until no result row has another version.
 * The end is the background's global "changed" broadcast that rescoreStale() sends when done
 * (free to wait on), confirmed by `data/stats.staleResults === 0`.
 */
const CHUNK = 1000;
const starterParsed = parsePlaybookText(starterPlaybookText);
if (!starterParsed.ok) throw new Error('the starter playbook is invalid');
/** the key the background gives results of the starter playbook, so seeded rows count as current */
const STARTER_KEY = playbookKey(starterParsed.playbook);

/** As a page would store it: a restore checks each fact like a live write ("United States" is stored as "US"). */
const stored = (fact: string, value: unknown) => (fact === 'hqCountry' ? (countryCode(String(value)) ?? value) : value);

function backupChunk(from: number, count: number): string {
  const now = Date.now();
  const samples = sampleAccounts(count);
  const accounts: AccountRow[] = samples.map((s, i) => {
    const n = from + i;
    const facts = Object.fromEntries(
      Object.entries(s.facts).map(([k, f]) => [k, { value: k === 'name' ? `Seeded ${n}` : stored(k, f!.value), source: 'linkedin-company' as const, evidence: [], observedAt: now }]),
    );
    return { id: `li:seeded-${n}`, keys: [`li:seeded-${n}`], name: `Seeded ${n}`, facts, firstSeenAt: now, lastSeenAt: now };
  });
  const results: ResultRow[] = accounts.map((a) => ({ accountId: a.id, playbookVersion: STARTER_KEY, scoredAt: now, tier: 'C', score: 0, best: null }));
  const backup: Backup = { format: BACKUP_FORMAT, exportedAt: new Date(now).toISOString(), accounts, observations: [], results, answers: [], outcomes: [], playbooks: [], settings: [] };
  return JSON.stringify(backup);
}

/** The largest backup chunk that fits one message (the cap counts the JSON-escaped text). */
function fittingChunk(from: number, count: number): { text: string; count: number } {
  const text = backupChunk(from, count);
  return JSON.stringify({ text }).length <= MAX_MESSAGE_CHARS ? { text, count } : fittingChunk(from, Math.floor(count * 0.8));
}

export async function seedAccounts(ext: Page, total: number): Promise<void> {
  for (let from = 0; from < total; ) {
    const { text, count } = fittingChunk(from, Math.min(CHUNK, total - from));
    from += count;
    const r = (await ext.evaluate((text) => chrome.runtime.sendMessage({ type: 'data/import', data: { text } }), text)) as { ok: boolean; data?: { ok: boolean; error?: string }; error?: string };
    if (!r.ok || !r.data?.ok) throw new Error(`seeding failed: ${r.error ?? r.data?.error}`);
  }
  await ext.waitForTimeout(1000); // let the import's own background rescoring pass finish
  const s = await stats(ext);
  if (s.accounts < total || s.staleResults !== 0) throw new Error(`seeded ${s.accounts} accounts, ${s.staleResults} stale`);
}

/** ms from sending a new playbook version until every result carries it. */
export async function rescoreOnce(ext: Page, version: string): Promise<number> {
  const text = JSON.stringify({ ...(JSON.parse(starterPlaybookText) as object), version });
  const ms = await ext.evaluate(async (text) => {
    const done = new Promise<number>((resolve) => {
      // A global broadcast can also come from other work; only one with nothing stale ends the run.
      const fn = (msg: { type?: string; tabId?: number; accountId?: string }) => {
        if (msg?.type !== 'icp/changed' || msg.tabId !== undefined || msg.accountId !== undefined) return;
        const at = performance.now();
        void chrome.runtime.sendMessage({ type: 'data/stats', data: {} }).then((r: { data?: { staleResults?: number } }) => {
          if (r.data?.staleResults !== 0) return;
          chrome.runtime.onMessage.removeListener(fn);
          resolve(at);
        });
      };
      chrome.runtime.onMessage.addListener(fn);
    });
    const t0 = performance.now();
    const r = (await chrome.runtime.sendMessage({ type: 'playbook/import', data: { text, source: 'file' } })) as { ok: boolean; data?: { ok: boolean } };
    if (!r.ok || !r.data?.ok) throw new Error('playbook import refused');
    return (await done) - t0;
  }, text);
  const s = await stats(ext);
  if (s.staleResults !== 0) throw new Error(`rescoring reported done with ${s.staleResults} stale results`);
  return ms;
}

export async function rescoreFigures(ext: Page, accounts: number, runs: number): Promise<Figure[]> {
  await seedAccounts(ext, accounts);
  const took: number[] = [];
  for (let i = 1; i <= runs; i++) took.push(await rescoreOnce(ext, `bench-${i}`));
  return [figure('rescore.10kMs', 'rescore', `rescore ${accounts.toLocaleString('en-US')} stored accounts after a playbook change`, 'ms', took, 'playbook/import → last result row rewritten')];
}
