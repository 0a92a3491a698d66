import { useCallback, useEffect, useState } from 'react';
import { periodsKey, type ReviewPeriod } from '../lib/insights/review-periods';
import type { QuarterlyReview } from '../lib/insights/review-schema';
import { request } from '../lib/messaging/client';

export type ReviewState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; review: QuarterlyReview };
export type ReviewStatus = { ok: boolean; text: string } | null;

let early: { key: string; review: Promise<QuarterlyReview> } | undefined;
/** a `useReview` has asked already: an early ask now would only be a stale answer waiting for its next load */
let askedByHook = false;

/**
 * Ask for the review of these periods now, before the page has rendered (Options opened straight at
 * #insights): the worker reads and scores the closed deals while the page loads. The first `useReview`
 * of the same periods takes the answer; any other asks afresh.
 */
export function askReviewEarly(periods: [ReviewPeriod, ReviewPeriod]): void {
  if (askedByHook) return;
  const review = request('insights/review', { periods });
  review.catch(() => undefined);
  early = { key: periodsKey(periods), review };
}

function takeEarly(periods: [ReviewPeriod, ReviewPeriod]): Promise<QuarterlyReview> | undefined {
  askedByHook = true;
  const got = early?.key === periodsKey(periods) ? early.review : undefined;
  early = undefined;
  return got;
}

/**
 * The quarterly review of two periods, asked from the background whenever the periods change,
 * and accepting the ticked edits (then asked again: the playbook in use is a new version).
 */
export function useReview(periods: [ReviewPeriod, ReviewPeriod]) {
  const [data, setData] = useState<ReviewState>({ state: 'loading' });
  const [status, setStatus] = useState<ReviewStatus>(null);
  const [busy, setBusy] = useState(false);
  const [a, b] = periods;

  const load = useCallback(async () => {
    setData({ state: 'loading' });
    try {
      setData({ state: 'ready', review: await (takeEarly([a, b]) ?? request('insights/review', { periods: [a, b] })) });
    } catch (e) {
      setData({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, [a, b]);
  useEffect(() => void load(), [load]);

  const accept = async (review: QuarterlyReview, chosen: ReadonlySet<string>, form: { version: string; note: string }) => {
    if (!review.suggestions.ok) return;
    setBusy(true);
    setStatus(null);
    const edits = review.suggestions.edits.filter((e) => chosen.has(e.id));
    const r = await request('insights/review-accept', { baseKey: review.playbook.key, edits, version: form.version, note: form.note }).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
    setBusy(false);
    if (!r.ok) return setStatus({ ok: false, text: r.error });
    setStatus({ ok: true, text: `Version ${r.version} is now in use, with your change note (Playbook › Version history).` });
    await load();
  };
  return { data, status, busy, accept };
}
