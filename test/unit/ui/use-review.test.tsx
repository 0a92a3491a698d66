// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewPeriod } from '../../../lib/insights/review-periods';

// Options opened at #insights asks for the default review before the page renders; the section's
// first load takes that answer, and only that one: a later load (after an accepted edit) asks again.
let answers = 0;
const request = vi.fn(async (type: string, _data: unknown) => {
  if (type === 'insights/review') return { answer: ++answers };
  if (type === 'insights/review-accept') return { ok: true, version: '2' };
  throw new Error(`unexpected ${type}`);
});
vi.mock('../../../lib/messaging/client', async (actual) => ({
  ...(await actual<typeof import('../../../lib/messaging/client')>()),
  request: (type: string, data: unknown) => request(type, data),
}));
const { askReviewEarly, useReview } = await import('../../../hooks/use-review');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const Q3: ReviewPeriod = { label: '2026 Q3', start: '2026-07-01', end: '2026-09-30' };
const Q2: ReviewPeriod = { label: '2026 Q2', start: '2026-04-01', end: '2026-06-30' };
const PERIODS: [ReviewPeriod, ReviewPeriod] = [Q2, Q3];
let accept: (() => Promise<void>) | undefined;

function Probe() {
  const { data, accept: doAccept } = useReview(PERIODS);
  const review = data.state === 'ready' ? (data.review as unknown as { answer: number; suggestions: { ok: true; edits: [] }; playbook: { key: string } }) : null;
  accept = review ? () => doAccept({ ...review, suggestions: { ok: true, edits: [] }, playbook: { key: 'k' } } as never, new Set(), { version: '2', note: 'n' }) : undefined;
  return <p>{review ? `answer ${review.answer}` : data.state}</p>;
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 5)));

describe('useReview and the early ask', () => {
  it('takes the early answer once; the next load asks again; an early ask after the first load is not kept', async () => {
    askReviewEarly(PERIODS);
    expect(request).toHaveBeenCalledTimes(1);
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<Probe />));
    await settle();
    // the early answer, not a second ask
    expect(host.textContent).toBe('answer 1');
    expect(request.mock.calls.filter(([t]) => t === 'insights/review')).toHaveLength(1);
    // an early ask now (its tiles answered late) would be a stale answer for the next load: ignored
    askReviewEarly(PERIODS);
    expect(request.mock.calls.filter(([t]) => t === 'insights/review')).toHaveLength(1);
    // an accepted edit loads again: a fresh answer
    await act(async () => accept!());
    await settle();
    expect(host.textContent).toBe('answer 2');
    expect(request.mock.calls.filter(([t]) => t === 'insights/review')).toHaveLength(2);
    await act(async () => root.unmount());
  });
});
