import { queryTable, type TableEntry } from '../../accounts/table-query';
import { db } from '../../db/database';
import { allResults } from '../../db/results-repo';
import type { AccountRow } from '../../accounts/account-row';
import type { Input, Output } from '../../messaging/protocol';
import { crmMatcher } from '../crm/crm-service';

/**
 * `accounts/table`: reads only indexes and small rows (name and last-seen indexes, cached score
 * headlines, outcomes), then the accounts of the one page shown.
 */
export async function handleAccountsTable(input: Input<'accounts/table'>): Promise<Output<'accounts/table'>> {
  const d = db();
  const [seenIds, seenAt, namedIds, names, results, outcomes, changedIds, changedAt] = await d.transaction('r', [d.accounts, d.resultPacks, d.outcomes], () =>
    Promise.all([
      d.accounts.orderBy('lastSeenAt').primaryKeys(),
      d.accounts.orderBy('lastSeenAt').keys(),
      d.accounts.orderBy('name').primaryKeys(),
      d.accounts.orderBy('name').keys(),
      allResults(d),
      d.outcomes.toArray(),
      // issue 20: the changedAt index (schema 3) holds only accounts that ever changed
      d.accounts.orderBy('changedAt').primaryKeys(),
      d.accounts.orderBy('changedAt').keys(),
    ]),
  );
  const changedOf = new Map(changedIds.map((id, i) => [id, Number(changedAt[i])]));
  const nameOf = new Map(namedIds.map((id, i) => [id, String(names[i])]));
  const resultOf = new Map(results.map((r) => [r.accountId, r]));
  const outcomeOf = new Map(outcomes.map((o) => [o.accountId, o.status]));
  const entries: TableEntry[] = seenIds.map((id, i) => {
    const r = resultOf.get(id);
    const best = r?.best;
    return {
      id,
      name: nameOf.get(id),
      lastSeenAt: Number(seenAt[i]),
      changedAt: changedOf.get(id),
      tier: best?.tier ?? undefined,
      tierRank: best?.tierRank,
      tierCount: best?.tierCount,
      score: best ? best.score : null,
      icpName: best?.icpName,
      coverage: best?.coverage,
      outcome: outcomeOf.get(id),
    };
  });
  const page = queryTable(entries, input);
  const shown = await d.accounts.bulkGet(page.entries.map((e) => e.id));
  const identity = (a: AccountRow | undefined) => ({ splittable: !!a?.merges?.length, conflicts: a?.conflicts?.length ?? 0 });
  // the CRM list's answer for the page's rows only (an indexed lookup each)
  const crmOf = await crmMatcher();
  const crm = shown.map((a) => (a && crmOf ? crmOf(a) : undefined));
  return { total: page.total, tiers: page.tiers, rows: page.entries.map((e, i) => ({ ...e, domain: shown[i]?.domain, ...identity(shown[i]), crm: crm[i] })) };
}
