import { db } from '../../db/database';
import { getResult, putResult } from '../../db/results-repo';
import { localToday } from '../../facts/calendar';
import type { ResultRow } from '../../db/rows';
import type { AccountRow, AnswerRow } from '../../accounts/account-row';
import { scoreAccount, type AccountResult, type Answers } from '../../scoring';
import type { ScoringFacts } from '../../scoring/facts';
import { NO_DATA, tierBadge, type BadgeSpec } from '../tabs/badge';
import { headlineOf } from '../../view/badge-headline';
import { shownName } from '../../view/header-basics';
import { getActivePlaybook, type ActivePlaybook } from '../playbook/playbook-service';


/**
 * Score an account with the active playbook, cache the result beside it, and say which badge it
 * earns (without reading back what was just written).
 */
export async function rescoreAccount(accountId: string, personTitle?: string): Promise<{ result: AccountResult; badge: BadgeSpec } | null> {
  const row = await db().accounts.get(accountId);
  if (!row) return null;
  const result = await scoreRow(row, personTitle);
  const active = await getActivePlaybook();
  const cached = resultRow(row.id, active.key, result);
  await putResult(db(), cached);
  return { result, badge: badgeOf(cached.best, row, row.id) };
}

/** The row cached for an account's result (rows.ts says why it is only the headline). */
export function resultRow(accountId: string, playbookVersion: string, result: AccountResult): ResultRow {
  const b = result.results[0];
  const best = b ? { icpId: b.icpId, icpName: b.icpName, tier: b.tier, tierRank: b.tierRank, tierCount: b.tierCount, score: b.score, coverage: b.coverage } : null;
  return { accountId, playbookVersion, scoredAt: Date.now(), tier: b?.tier ?? undefined, score: b?.score ?? null, best };
}

export async function scoreRow(account: AccountRow, personTitle?: string, personaId?: string): Promise<AccountResult> {
  const active = await getActivePlaybook();
  const answers = await db().answers.where('accountId').equals(account.id).toArray();
  return scoreWith(active, account, answers, { personTitle, personaId });
}

/** Score with everything at hand (no I/O): used per account and by batch rescoring. */
export function scoreWith(
  active: ActivePlaybook,
  account: { facts: ScoringFacts },
  answers: AnswerRow[],
  person: { personTitle?: string; personaId?: string } = {},
): AccountResult {
  return scoreAccount(
    {
      facts: account.facts,
      answers: answersOf(answers),
      person: person.personTitle ? { title: person.personTitle } : undefined,
      personaId: person.personaId,
    },
    active.compiled,
    { today: localToday() },
  );
}

/**
 * The stored answers as the scorer reads them: each row is passed as is (it has `value` and
 * `answeredAt`), so an old answer goes stale like an old fact (issue 20). Every caller scoring
 * stored answers goes through here, so the panel, rescoring and exports agree.
 */
export function answersOf(rows: AnswerRow[]): Answers {
  return Object.fromEntries(rows.map((a) => [a.criterionId, a]));
}

/** The badge an account's cached best result earns. */
export async function badgeForAccount(accountId: string): Promise<BadgeSpec> {
  const row = await getResult(db(), accountId);
  if (!row?.best || row.best.tier === null) return NO_DATA;
  return badgeOf(row.best, await db().accounts.get(accountId), accountId);
}

export function badgeOf(best: ResultRow['best'], account: Pick<AccountRow, 'name' | 'domain'> | undefined, accountId = ''): BadgeSpec {
  if (!best || best.tier === null) return NO_DATA;
  const name = shownName(account, accountId);
  const score = best.score === null ? 'not enough data' : `score ${best.score}`;
  const title = `ICP Fit — ${name}: ${best.icpName} · tier ${best.tier} · ${score} · coverage ${Math.round(best.coverage * 100)}%`;
  return { ...tierBadge(best.tier, best.tierRank, best.tierCount, title), headline: headlineOf(best, account, accountId) };
}
