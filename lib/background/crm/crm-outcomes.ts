import { db } from '../../db/database';
import { scoringInput } from '../../db/scoring-inputs';
import { CRM_OUTCOMES_SETTING } from '../../db/settings-schema';
import { crmOutcomeOf, CrmOutcomeSetting, DEFAULT_CRM_OUTCOMES } from '../../insights/crm-outcome';
import { applyRecord, finishPerformance, type PerformanceState } from '../../insights/performance';
import type { PerformanceSummary } from '../../insights/performance-schema';
import type { OutcomeRecord } from '../../insights/record';
import type { ActivePlaybook } from '../playbook/playbook-service';
import { crmSnapshotDate, crmMatcher } from './crm-service';

export const CRM_OUTCOMES_KEY = CRM_OUTCOMES_SETTING;

export async function getCrmOutcomes(): Promise<CrmOutcomeSetting> {
  const r = CrmOutcomeSetting.safeParse((await db().settings.get(CRM_OUTCOMES_KEY))?.value);
  return r.success ? r.data : DEFAULT_CRM_OUTCOMES;
}

export async function setCrmOutcomes(value: CrmOutcomeSetting): Promise<void> {
  await db().settings.put({ key: CRM_OUTCOMES_KEY, value });
}

/** Part of the Insights cache key: a new import or another mapping is another summary. */
export async function crmOutcomesKey(): Promise<string> {
  const s = await getCrmOutcomes();
  if (!s.enabled) return 'crm:off';
  return `crm:${(await crmSnapshotDate()) ?? 'none'}:${JSON.stringify([s.won, s.lost])}`;
}

/**
 * The accounts the rep recorded no outcome for whose CRM stage the mapping names, as outcome
 * records. Kept out of the stored tally (insights-aggregate.ts): which accounts are in the CRM
 * list changes with every stored account and every import, and the tally is moved along only for
 * the reps' own outcomes. Null when the option is off or no list is imported.
 */
export async function crmOutcomeRecords(): Promise<{ records: OutcomeRecord[]; setting: CrmOutcomeSetting; snapshotDate: string } | null> {
  const setting = await getCrmOutcomes();
  if (!setting.enabled) return null;
  const match = await crmMatcher();
  const snapshotDate = await crmSnapshotDate();
  if (!match || !snapshotDate) return null;
  const d = db();
  const [accounts, recorded] = await Promise.all([d.accounts.toArray(), d.outcomes.toCollection().primaryKeys()]);
  const has = new Set<string>(recorded);
  const records: OutcomeRecord[] = [];
  for (const a of accounts) {
    if (has.has(a.id)) continue; // the rep's own record wins, always
    const status = crmOutcomeOf(match(a).stage, setting);
    if (status) records.push({ id: a.id, facts: scoringInput(a).facts, outcome: status });
  }
  return { records, setting, snapshotDate };
}

/** The summary from the reps' tally plus the CRM's outcomes, saying how many came from where and by which mapping. */
export async function withCrmOutcomes(tally: PerformanceState, active: ActivePlaybook, today: string): Promise<PerformanceSummary> {
  const crm = await crmOutcomeRecords();
  if (!crm) return finishPerformance(tally, active.compiled, today);
  // the stored tally is not touched: its copy takes the CRM's records
  const state = structuredClone(tally);
  for (const r of crm.records) applyRecord(state, active.compiled, r, today);
  const won = crm.records.filter((r) => r.outcome === 'won').length;
  return {
    ...finishPerformance(state, active.compiled, today),
    crmOutcomes: { won, lost: crm.records.length - won, wonStages: crm.setting.won, lostStages: crm.setting.lost, snapshotDate: crm.snapshotDate },
  };
}
