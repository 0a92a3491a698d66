import type { FactSource, ObservedFacts } from '../facts/model';
import type { AccountRow, StoredFact } from './account-row';
import { mergeHistory } from './history';

/**
 * Which value an account shows for a fact: a rep's own edit wins; otherwise the observation
 * from the most specific source, and among equally specific sources the most recent.
 * (Documented for users in docs/accounts.md.)
 */
const SOURCE_RANK: Record<FactSource, number> = {
  rep: 100,
  'linkedin-company-about': 60,
  'linkedin-company': 55,
  'linkedin-company-jobs': 50,
  'linkedin-company-people': 50,
  'salesnav-company': 45,
  'crunchbase-org': 40,
  'company-website': 30,
  'salesnav-lead': 20,
  // a job posting's "About the company" card shows the top card's facts; a list row shows less
  'linkedin-job': 45,
  'linkedin-jobs-search': 25,
  'linkedin-search-companies': 25,
  'linkedin-search-all': 25,
  'salesnav-account-list': 25,
  'linkedin-search-people': 15,
  'salesnav-lead-list': 15,
  'linkedin-profile': 10,
  import: 5,
  unknown: 0,
};
/** Funding facts: Crunchbase is the primary source, LinkedIn's funding card quotes it. */
const FUNDING_FACTS = new Set(['fundingStage', 'lastFundingDate', 'lastFundingAmount', 'totalFunding', 'fundingRounds']);

export function sourceRank(fact: string, source: FactSource): number {
  if (source === 'crunchbase-org' && FUNDING_FACTS.has(fact)) return 70;
  return SOURCE_RANK[source] ?? 0;
}

/** True when `next` should replace `current` as the shown value. */
export function supersedes(fact: string, next: StoredFact, current: StoredFact | undefined): boolean {
  if (!current) return true;
  const a = sourceRank(fact, next.source);
  const b = sourceRank(fact, current.source);
  return a > b || (a === b && next.observedAt >= current.observedAt);
}

/** Apply one page observation's facts to an account's current facts (pure; returns a new record). */
export function applyObservation(
  facts: AccountRow['facts'],
  observed: ObservedFacts,
  observedAt: number,
): AccountRow['facts'] {
  const out = { ...facts };
  for (const [name, f] of Object.entries(observed)) {
    if (!f) continue;
    const next: StoredFact = { value: f.value, source: f.evidence.source, evidence: [{ ...f.evidence, observedAt }], observedAt };
    const current = out[name];
    if (supersedes(name, next, current)) {
      // keep the displaced value's evidence beside the new one when they disagree (visible wins, both kept)
      const kept = current && current.source !== 'rep' ? current.evidence.slice(0, 4) : [];
      out[name] = { ...next, evidence: [...next.evidence, ...kept].slice(0, 5) };
    }
  }
  return out;
}

/**
 * Merge two accounts that are the same company (survivor keeps its id). Nothing is dropped: the
 * shown value of each fact is chosen by precedence and the other side's evidence stays beside it;
 * the people saved with either are kept (at most 50, newest first).
 */
export function mergeAccounts(survivor: AccountRow, other: AccountRow): AccountRow {
  const facts = { ...survivor.facts };
  for (const [name, f] of Object.entries(other.facts)) facts[name] = mergeFact(name, facts[name], f);
  const people = mergePeople(survivor.people, other.people);
  const history = mergeHistory(survivor.history, other.history);
  const changedAt = Math.max(survivor.changedAt ?? 0, other.changedAt ?? 0) || undefined;
  return {
    ...survivor,
    keys: [...new Set([...survivor.keys, ...other.keys])].sort(),
    facts,
    name: survivor.name ?? other.name,
    domain: survivor.domain ?? other.domain,
    firstSeenAt: Math.min(survivor.firstSeenAt, other.firstSeenAt),
    lastSeenAt: Math.max(survivor.lastSeenAt, other.lastSeenAt),
    ...(people && { people }),
    ...(history && { history }),
    ...(changedAt && { changedAt }),
  };
}

function mergeFact(name: string, a: StoredFact | undefined, b: StoredFact): StoredFact {
  if (!a) return b;
  const [shown, other] = supersedes(name, b, a) ? [b, a] : [a, b];
  const seen = new Set(shown.evidence.map((e) => JSON.stringify(e)));
  const kept = other.evidence.filter((e) => !seen.has(JSON.stringify(e)));
  return { ...shown, evidence: [...shown.evidence, ...kept].slice(0, 10) };
}

/** People of both accounts, once each (same name and title), newest first, at most 50. */
export function mergePeople(a: AccountRow['people'], b: AccountRow['people']): AccountRow['people'] {
  if (!a?.length) return b;
  if (!b?.length) return a;
  const all = [...(a ?? []), ...(b ?? [])].sort((x, y) => y.savedAt - x.savedAt);
  const seen = new Set<string>();
  return all.filter((p) => {
    const k = JSON.stringify([p.name ?? '', p.title ?? '']);
    return seen.has(k) ? false : (seen.add(k), true);
  }).slice(0, 50);
}
