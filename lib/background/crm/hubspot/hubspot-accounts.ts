import { db } from '../../../db/database';
import type { CrmAccount } from '../../../insights/crm-export';
import { localToday } from '../../../facts/calendar';
import { getActivePlaybook } from '../../playbook/playbook-service';
import { scoreWith } from '../../accounts/scoring-service';

export interface SendSubject {
  accountId: string;
  account: CrmAccount;
}

/**
 * The stored accounts to send, scored now with the active playbook and the rep's answers, in the
 * same shape as the CRM export (lib/insights/crm-export.ts) so both say the same. Ids that no
 * longer exist (deleted, merged) are left out.
 */
export async function subjectsFor(ids: readonly string[]): Promise<SendSubject[]> {
  const active = await getActivePlaybook();
  const rows = await db().accounts.bulkGet([...ids]);
  const answers = await db().answers.where('accountId').anyOf([...ids]).toArray();
  const scoredAt = localToday();
  const out: SendSubject[] = [];
  for (const a of rows) {
    if (!a) continue;
    const best = scoreWith(active, a, answers.filter((x) => x.accountId === a.id)).results[0];
    out.push({ accountId: a.id, account: { name: a.name, domain: a.domain, facts: a.facts, best, playbookVersion: active.playbook.version, scoredAt } });
  }
  return out;
}
