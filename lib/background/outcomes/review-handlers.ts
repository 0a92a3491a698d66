import { db } from '../../db/database';
import { getInputs } from '../../db/inputs-repo';
import type { AnswerRow, OutcomeRow } from '../../accounts/account-row';
import { localToday } from '../../facts/calendar';
import { buildReview, type ReviewRecord } from '../../insights/review';
import { applyEdits } from '../../insights/review-edits';
import { defaultPeriods, inPeriod, outcomeDay, outcomeMoment, periodsKey, type ReviewPeriod } from '../../insights/review-periods';
import type { KeptVersion } from '../../insights/review-versions';
import type { QuarterlyReview } from '../../insights/review-schema';
import type { Input, Output } from '../../messaging/protocol';
import { activatePlaybookText, lockedReason, serially } from '../playbook/playbook-activate';
import { getActivePlaybook } from '../playbook/playbook-service';
import { listVersions, MAX_VERSIONS } from '../playbook/playbook-versions';
import { inputRecord } from './insights-aggregate';
import { cachedReview } from './insights-cache';

/**
 * The quarterly ICP review (issue 20 §3), computed on demand from the outcome rows: only won and
 * lost outcomes that closed in one of the two periods are read and scored (the kept Insights tally
 * counts every outcome of every date, so it cannot be split by period).
 */
export async function handleReview(input: Input<'insights/review'>): Promise<Output<'insights/review'>> {
  const today = localToday();
  const periods = input.periods ?? defaultPeriods(today);
  const active = await getActivePlaybook();
  // kept until a write to what it reads (insights-cache.ts): showing the Insights tab again reads nothing
  const key = JSON.stringify([active.key, today, periodsKey(periods)]);
  return cachedReview(db().name, key, async () => {
    const [records, versions] = await Promise.all([reviewRecords(periods), keptVersions()]);
    const review = buildReview({ records, compiled: active.compiled, playbookKey: active.key, versions, versionsComplete: versions.length < MAX_VERSIONS, today, periods });
    return withNames(review);
  });
}

/** Names for the few accounts the review lists (at most 40 rows read, not one per closed deal). */
async function withNames(review: QuarterlyReview): Promise<QuarterlyReview> {
  const ids = [...new Set(review.periods.flatMap((p) => p.accounts.map((a) => a.id)))];
  const rows = await db().accounts.bulkGet(ids);
  const names = new Map(rows.filter((a) => a !== undefined).map((a) => [a.id, a.name ?? a.domain ?? a.id]));
  const named = review.periods.map((p) => ({ ...p, accounts: p.accounts.map((a) => ({ ...a, name: names.get(a.id) ?? a.name })) }));
  return { ...review, periods: named as QuarterlyReview['periods'] };
}

/** Closed outcomes in either period, with the facts scoring reads and the rep's answers, in one snapshot. */
async function reviewRecords(periods: readonly ReviewPeriod[]): Promise<ReviewRecord[]> {
  const d = db();
  return d.transaction('r', [d.outcomes, d.inputPacks, d.answers], async () => {
    // won and lost rows by the status index, one getAll each (anyOf would walk a cursor, a step per
    // row; every row was 80 of the review's ~230 ms on 10,000 outcomes, half of them open or fit
    // marks); then in primary-key order, as one read of the table gave them
    const [won, lost] = await Promise.all([d.outcomes.where('status').equals('won').toArray(), d.outcomes.where('status').equals('lost').toArray()]);
    const closed: { o: OutcomeRow; day: string }[] = [];
    for (const o of won.concat(lost)) {
      const day = outcomeDay(o); // once per outcome, not once per period
      if (periods.some((p) => inPeriod(day, p))) closed.push({ o, day });
    }
    closed.sort((x, y) => (x.o.accountId < y.o.accountId ? -1 : x.o.accountId > y.o.accountId ? 1 : 0));
    const ids = closed.map((c) => c.o.accountId);
    const inputOf = new Map((await getInputs(d, ids)).map((i) => [i.id, i]));
    const answers = ids.length && (await d.answers.count()) ? await d.answers.where('accountId').anyOf(ids).toArray() : [];
    const answersOf = new Map<string, AnswerRow[]>();
    for (const a of answers) answersOf.set(a.accountId, [...(answersOf.get(a.accountId) ?? []), a]);
    const out: ReviewRecord[] = [];
    for (const { o, day } of closed) {
      const scoring = inputOf.get(o.accountId);
      if (scoring) out.push({ ...inputRecord(scoring, o, answersOf.get(o.accountId)), day, at: outcomeMoment(o) });
    }
    return out;
  });
}

async function keptVersions(): Promise<KeptVersion[]> {
  return (await listVersions()).map((v) => ({ seq: v.seq, label: `${v.name} ${v.version}`, activatedAt: v.activatedAt, damaged: v.damaged }));
}

/** The accepted edits, made to the playbook the review was made with, activated as a new version with the change note. */
export async function handleReviewAccept(input: Input<'insights/review-accept'>): Promise<Output<'insights/review-accept'>> {
  const locked = await lockedReason();
  if (locked) return { ok: false, error: locked };
  return serially(async () => {
    const active = await getActivePlaybook();
    if (active.key !== input.baseKey) return { ok: false, error: 'The playbook changed since this review was made: reopen the review and choose again.' };
    if (input.version === active.playbook.version) return { ok: false, error: `Give the new version another label than the one in use (${active.playbook.version}).` };
    const applied = applyEdits(active.playbook, input.edits, { version: input.version, today: localToday() });
    if (!applied.ok) return { ok: false, error: applied.error };
    const r = await activatePlaybookText(JSON.stringify(applied.playbook, null, 2) + '\n', 'local', input.note);
    return r.ok ? { ok: true, version: applied.playbook.version } : { ok: false, error: r.errors[0]?.message ?? 'not a valid playbook' };
  });
}

export const reviewHandlers = {
  'insights/review': handleReview,
  'insights/review-accept': handleReviewAccept,
} as const;
