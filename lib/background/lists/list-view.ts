import { browser } from 'wxt/browser';
import { db } from '../../db/database';
import { getResults } from '../../db/results-repo';
import type { AccountRow, AnswerRow } from '../../accounts/account-row';
import type { Input, Output } from '../../messaging/protocol';
import type { ListRowView, ListView } from '../../messaging/protocol/lists';
import type { AccountResult } from '../../scoring';
import type { Playbook } from '../../playbook/schema';
import { getActivePlaybook, type ActivePlaybook } from '../playbook/playbook-service';
import { listIdentity } from '../../extract/list-identity';
import { linkRows } from './list-link';
import { scoreListRow } from './list-score';
import { getTabList, type StoredRow, type TabList } from './list-store';
import { rowShown } from './list-row-view';
import { crmMatcher } from '../crm/crm-service';
import { crmQueryOfFacts } from '../../insights/crm-match';
import type { CrmView } from '../../messaging/views';

/** The list a tab shows, every row scored now with the active playbook; null when the tab shows no list. */
export async function handleListView(input: Input<'list/view'>): Promise<Output<'list/view'>> {
  const tabId = input.tabId ?? (await activeTabId());
  if (tabId === null) return null;
  const list = await getTabList(tabId);
  if (!list || !(await stillShown(tabId, list))) return null;
  const active = await getActivePlaybook().catch(() => null);
  const linked = await linkRows(list.rows.map((r) => r.row));
  const known = await knownOf([...new Set([...linked.values()].map((a) => a.id))]);
  const crmOf = await crmMatcher();
  const rows = list.rows.map((stored) => {
    const account = linked.get(stored.row.key);
    const result = active ? scoreStored(active, stored, account, known.answers.get(account?.id ?? '')) : null;
    const view = rowView(stored, result, account, known);
    return crmOf ? withCrm(view, stored, account, crmOf) : view;
  });
  const view: ListView = { url: list.url, pageType: list.pageType, readAt: list.readAt, rows, truncated: list.truncated, readMs: list.readMs };
  if (active) view.tiers = tierOrder(active.playbook);
  return view;
}

/** Every ICP's tier names, best first, each once (the first ICP's order wins). */
export function tierOrder(playbook: Playbook): string[] {
  const out: string[] = [];
  for (const icp of playbook.icps) for (const t of icp.tiers) if (!out.includes(t.name)) out.push(t.name);
  return out;
}

function scoreStored(active: ActivePlaybook, stored: StoredRow, account: AccountRow | undefined, answers: AnswerRow[] = []): AccountResult | null {
  try {
    return scoreListRow(active, stored.row, stored.readAt, account, answers);
  } catch {
    return null; // a row the engine cannot score is still shown, unscored
  }
}

interface Known {
  results: Map<string, { tier?: string; score: number | null }>;
  outcomes: Map<string, string>;
  answers: Map<string, AnswerRow[]>;
}

/** What the rep already has on the linked accounts: cached result, outcome, answers. */
async function knownOf(ids: string[]): Promise<Known> {
  const known: Known = { results: new Map(), outcomes: new Map(), answers: new Map() };
  if (!ids.length) return known;
  const d = db();
  const [results, outcomes, answers] = await Promise.all([getResults(d, ids), d.outcomes.bulkGet(ids), d.answers.where('accountId').anyOf(ids).toArray()]);
  for (const r of results) if (r) known.results.set(r.accountId, { tier: r.tier, score: r.score });
  for (const o of outcomes) if (o) known.outcomes.set(o.accountId, o.status);
  for (const a of answers) known.answers.set(a.accountId, [...(known.answers.get(a.accountId) ?? []), a]);
  return known;
}

function rowView(stored: StoredRow, result: AccountResult | null, account: AccountRow | undefined, known: Known): ListRowView {
  const view = rowShown(stored.row, result);
  if (!account) return view;
  const cached = known.results.get(account.id);
  return {
    ...view,
    accountId: account.id,
    rowOnly: false,
    known: { tier: cached?.tier, score: cached?.score ?? null, outcome: known.outcomes.get(account.id), lastSeen: account.lastSeenAt },
  };
}

/**
 * The CRM answer for the company a row names: the linked account's keys when there is one, else
 * what the row read (a company row's page and domain; a person row's current company by name).
 */
function withCrm(view: ListRowView, stored: StoredRow, account: AccountRow | undefined, crmOf: (s: { keys: readonly string[]; name?: string | null }) => CrmView): ListRowView {
  if (view.placeholder) return view;
  if (account) return { ...view, crm: crmOf(account) };
  const query = crmQueryOfFacts(stored.row.facts);
  const name = query.name ?? stored.row.person?.company?.name ?? null;
  if (!query.keys.length && !name) return view;
  return { ...view, crm: crmOf({ keys: query.keys, name }) };
}

/** The tab still shows this list (a tab that left it for another page keeps no list in the panel). */
async function stillShown(tabId: number, list: TabList): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return !tab.url || listIdentity(tab.url) === list.list;
  } catch {
    return false; // the tab is gone
  }
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}
