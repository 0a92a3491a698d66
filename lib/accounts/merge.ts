import type { FactSource, ObservedFacts } from '../facts/model';
import type { AccountRow, StoredFact } from '../db/rows';

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

/** Merge two accounts that turned out to be the same company (survivor keeps its id). */
export function mergeAccounts(survivor: AccountRow, other: AccountRow): AccountRow {
  const facts = { ...survivor.facts };
  for (const [name, f] of Object.entries(other.facts)) {
    if (supersedes(name, f, facts[name])) facts[name] = f;
  }
  return {
    ...survivor,
    keys: [...new Set([...survivor.keys, ...other.keys])].sort(),
    facts,
    name: survivor.name ?? other.name,
    domain: survivor.domain ?? other.domain,
    firstSeenAt: Math.min(survivor.firstSeenAt, other.firstSeenAt),
    lastSeenAt: Math.max(survivor.lastSeenAt, other.lastSeenAt),
  };
}
