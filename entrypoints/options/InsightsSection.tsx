import { useCallback, useEffect, useRef, useState } from 'react';
import { InsightsView } from '../../components/options/InsightsView';
import type { PerformanceSummary } from '../../lib/insights/performance-schema';
import { changesStored, onChanged, request } from '../../lib/messaging/client';
import { askDefaultReviewEarly, ReviewSection } from './ReviewSection';

// Opened straight at #insights (a link, a reload): ask the background now, so its work overlaps
// loading the page (part of the "10,000 accounts ≤ 1 s" budget).
let early: Promise<PerformanceSummary> | undefined = typeof location !== 'undefined' && location.hash.startsWith('#insights') ? request('insights/performance', {}) : undefined;
// then the quarterly review below the tiles, still before the page has rendered: asked at once, its
// reading of every outcome held the tiles' answer back (134 → 291 ms on 10,000 accounts)
void early?.catch(() => undefined).then(askDefaultReviewEarly);

type State = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; summary: PerformanceSummary };

/** "Is the ICP working?": computed in the background over every account with an outcome. */
export function InsightsSection() {
  const [data, setData] = useState<State>({ state: 'loading' });
  // one computation at a time: a burst of "changed" broadcasts (rescoring) asks for one more, not one each
  const inFlight = useRef<'idle' | 'busy' | 'again'>('idle');
  const load = useCallback(() => {
    if (inFlight.current !== 'idle') return void (inFlight.current = 'again');
    inFlight.current = 'busy';
    const got = early ?? request('insights/performance', {});
    early = undefined;
    got
      .then((summary) => setData({ state: 'ready', summary }))
      .catch((e: unknown) => setData({ state: 'error', message: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        const again = inFlight.current === 'again';
        inFlight.current = 'idle';
        if (again) load();
      });
  }, []);
  useEffect(() => {
    load();
    return onChanged((e) => {
      if (changesStored(e)) load();
    });
  }, [load]);
  return (
    <>
    <section aria-labelledby="insights-h" data-testid="insights" aria-busy={data.state === 'loading'}>
      <h2 id="insights-h">Is the ICP working?</h2>
      {data.state === 'loading' && <p className="muted">Scoring the accounts with outcomes…</p>}
      {data.state === 'error' && <p className="error-text" role="alert">{data.message}</p>}
      {data.state === 'ready' && (data.summary.records === 0 ? <Empty /> : <InsightsView summary={data.summary} />)}
    </section>
    <ReviewSection />
    </>
  );
}

function Empty() {
  return (
    <div className="notice" data-testid="insights-empty">
      <p><strong>No outcomes recorded yet.</strong></p>
      <p>
        Open an account in the side panel and, under <em>Outcome</em>, mark it Won, Lost, Open, Good fit or Bad fit (with the deal value and dates
        if you know them). Once a few dozen accounts are closed, this page shows whether ICP-fit accounts win more often, which tier wins, and
        which criteria predict a win.
      </p>
    </div>
  );
}
