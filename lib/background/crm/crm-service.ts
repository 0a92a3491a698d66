import { indexCrm, matchCrm, type CrmIndex } from '../../insights/crm-match';
import { clearCrmSnapshot, loadCrmSnapshot } from '../../db/crm-store';
import type { CrmView } from '../../messaging/views';
import type { CrmColumns } from '../../insights/crm-export';
import { db } from '../../db/database';
import { localToday } from '../../facts/calendar';
import { crmLine } from '../../view/crm-line';
import type { BadgeSpec } from '../tabs/badge';
import { crmAdvice } from '../../playbook/crm-rules';
import type { CrmRules } from '../../playbook/schema';
import { getActivePlaybook } from '../playbook/playbook-service';
import { getCrmMe } from './crm-me';

/**
 * The CRM list's index, built once per snapshot. A cache, not the truth: the snapshot is in
 * IndexedDB (lib/db/crm-store.ts) and a stopped worker rebuilds the index on its next question.
 */
type Indexed = { importedAt: string; index: CrmIndex } | null;
type CrmSubject = { keys: readonly string[]; name?: string | null };
let cached: Indexed = null;
let loading: Promise<Indexed> | null = null;
// an import or a clear while a load is under way must win over the older snapshot it read
let generation = 0;

export function setCrmIndex(next: Indexed): void {
  generation++;
  cached = next;
  loading = null;
}

async function currentIndex(): Promise<Indexed> {
  if (cached) return cached;
  const gen = generation;
  loading ??= loadCrmSnapshot().then((s) => {
    const built: Indexed = s ? { importedAt: s.importedAt, index: indexCrm(s.rows) } : null;
    if (gen === generation) cached = built;
    return built;
  });
  return loading;
}

/** When the CRM list in use was imported (ISO), or null when none is. */
export async function crmSnapshotDate(): Promise<string | null> {
  return (await currentIndex())?.importedAt ?? null;
}

/** The account's CRM answer, or undefined when no CRM list has been imported. */
export async function crmViewFor(account: CrmSubject): Promise<CrmView | undefined> {
  return (await crmMatcher())?.(account);
}

/**
 * One matcher for many accounts (an export, a list page): the index, the playbook's rules and the
 * rep's name in the CRM are read once, then each account is a few map lookups. Undefined when no
 * CRM list is imported.
 */
export async function crmMatcher(): Promise<((account: CrmSubject) => CrmView) | undefined> {
  const crm = await currentIndex();
  if (!crm) return undefined;
  const rules = await playbookCrmRules();
  // the rep's "Your name in the CRM", read only when a rule needs it (lib/playbook/crm-me.ts)
  const me = rules?.rules.some((r) => r.owner === 'me' || r.owner === 'someone-else') ? (await getCrmMe()).aliases : undefined;
  return (account) => {
    const m = matchCrm(crm.index, { keys: account.keys, name: account.name });
    const advice = m.matched ? crmAdvice(rules, m, me) : undefined;
    return { matched: m.matched, matchedBy: m.matchedBy, owner: m.owner, stage: m.stage, lastActivity: m.lastActivity, snapshotDate: crm.importedAt, ...advice };
  };
}

// the rules of the playbook in use; without a usable playbook the CRM answer still shows, unadvised
async function playbookCrmRules(): Promise<CrmRules | undefined> {
  try {
    return (await getActivePlaybook()).playbook.crm;
  } catch {
    return undefined;
  }
}

/** The answer as the exports and `icp score --crm` give it (the view's date and advice left out). */
export function crmColumns(v: CrmView): CrmColumns {
  return { matched: v.matched, matchedBy: v.matchedBy, owner: v.owner, stage: v.stage, lastActivity: v.lastActivity };
}

/** Remove the stored list and forget its index. */
export async function clearCrmList(): Promise<void> {
  await clearCrmSnapshot();
  setCrmIndex(null);
}

/**
 * A scored tab's badge title with the CRM answer: "… · In CRM · Customer · owner Dana Lee". Pass
 * the account when it is at hand (the storing transaction returned it); an id is read only then.
 */
export async function withCrmTitle(badge: BadgeSpec, subject: CrmSubject | string | undefined): Promise<BadgeSpec> {
  if (!subject || !badge.text) return badge;
  const crm = await currentIndex();
  if (!crm) return badge; // no list imported: no extra read
  const account = typeof subject === 'string' ? await db().accounts.get(subject) : subject;
  if (!account) return badge;
  const line = crmLine(await crmViewFor(account), localToday());
  return line ? { ...badge, title: `${badge.title} · ${line.text}` } : badge;
}
