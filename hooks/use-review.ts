import { useCallback, useEffect, useState } from 'react';
import type { ReviewPeriod } from '../lib/insights/review-periods';
import type { QuarterlyReview } from '../lib/insights/review-schema';
import { request } from '../lib/messaging/client';

export type ReviewState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; review: QuarterlyReview };
export type ReviewStatus = { ok: boolean; text: string } | null;

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
      setData({ state: 'ready', review: await request('insights/review', { periods: [a, b] }) });
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
