import type { AccountRow, AnswerRow } from '../../accounts/account-row';
import { lastChange, withDerivedChanges, type CriterionChange, type SinceLastVisit } from '../../accounts/changes';
import type { AccountResult } from '../../scoring';
import { getActivePlaybook } from '../playbook/playbook-service';
import { scoreWith } from './scoring-service';

/**
 * "Since your last visit" for the side panel (issue 20): the facts the latest change moved and
 * the criteria whose state moved with them (the account scored as it was before, with the same
 * playbook and answers). Read only when the panel opens an account: never on the badge path.
 */
export async function sinceLastVisit(account: AccountRow, result: AccountResult, answers: AnswerRow[]): Promise<SinceLastVisit | undefined> {
  const change = lastChange(account.history, account.changedAt);
  if (!change) return undefined;
  const { change: full, before } = withDerivedChanges(account, change);
  const then = scoreWith(await getActivePlaybook(), { facts: before }, answers);
  return { ...full, criteria: criteriaChanged(then, result) };
}

function criteriaChanged(then: AccountResult, now: AccountResult): CriterionChange[] {
  const out: CriterionChange[] = [];
  for (const icp of now.results) {
    const old = then.results.find((r) => r.icpId === icp.icpId);
    for (const c of icp.criteria) {
      const was = old?.criteria.find((x) => x.id === c.id);
      if (was && was.state !== c.state) out.push({ icpName: icp.icpName, label: c.label, before: was.state, after: c.state });
    }
  }
  return out.slice(0, 200);
}
