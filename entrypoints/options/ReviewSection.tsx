import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { CriteriaShifts, PeriodCard } from '../../components/options/ReviewPeriods';
import { ReviewEdits } from '../../components/options/ReviewEdits';
import { localToday } from '../../lib/facts/calendar';
import { recentQuarters, type ReviewPeriod } from '../../lib/insights/review-periods';
import type { QuarterlyReview } from '../../lib/insights/review-schema';
import { request } from '../../lib/messaging/client';
import { reviewFileName, reviewMarkdown } from '../../lib/view/review-report';

type State = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; review: QuarterlyReview };

/** The quarterly ICP review (issue 20 §3): two periods side by side, suggested edits, the shareable report. */
export function ReviewSection() {
  const quarters = useMemo(() => recentQuarters(localToday(), 8), []);
  // default: the quarter before last (index 2) vs the last complete one (index 1)
  const [picked, setPicked] = useState<[number, number]>([2, 1]);
  const [data, setData] = useState<State>({ state: 'loading' });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [form, setForm] = useState({ version: '', note: '' });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [locked, setLocked] = useState(false);

  const load = useCallback(async (periods: [ReviewPeriod, ReviewPeriod]) => {
    setData({ state: 'loading' });
    try {
      const review = await request('insights/review', { periods });
      setData({ state: 'ready', review });
      setChosen(new Set());
      setForm({ version: review.nextVersion, note: `Quarterly review ${review.periods[0].period.label} vs ${review.periods[1].period.label}.` });
    } catch (e) {
      setData({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  useEffect(() => void load([quarters[picked[0]]!, quarters[picked[1]]!]), [load, quarters, picked]);
  useEffect(() => void request('playbook/status', {}).then((s) => setLocked(!!s.locked)), []);

  const accept = async (review: QuarterlyReview) => {
    if (!review.suggestions.ok) return;
    setBusy(true);
    setStatus(null);
    const edits = review.suggestions.edits.filter((e) => chosen.has(e.id));
    const r = await request('insights/review-accept', { baseKey: review.playbook.key, edits, version: form.version, note: form.note }).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
    setBusy(false);
    if (!r.ok) return setStatus({ ok: false, text: r.error });
    setStatus({ ok: true, text: `Version ${r.version} is now in use, with your change note (Playbook › Version history).` });
    await load([quarters[picked[0]]!, quarters[picked[1]]!]);
  };
  const download = (review: QuarterlyReview) => {
    const url = URL.createObjectURL(new Blob([reviewMarkdown(review)], { type: 'text/markdown;charset=utf-8' }));
    Object.assign(document.createElement('a'), { href: url, download: reviewFileName(review) }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section aria-labelledby="review-h" data-testid="review" aria-busy={data.state === 'loading'} style={{ marginTop: 24 }}>
      <h2 id="review-h">Quarterly ICP review</h2>
      <p className="muted small">What was won and lost in two periods, both scored with the playbook in use now. Outcomes count on their close date.</p>
      <PeriodPicker quarters={quarters} picked={picked} onChange={setPicked} />
      {data.state === 'loading' && <p className="muted">Reading the closed deals…</p>}
      {data.state === 'error' && <p className="error-text" role="alert">{data.message}</p>}
      {data.state === 'ready' && (
        <>
          <p className="muted small wrap">{data.review.fitDefinition} Scored with {data.review.playbook.name} {data.review.playbook.version} on {data.review.today}.</p>
          <div className="tiles">{data.review.periods.map((p, i) => <PeriodCard key={i} p={p} index={i} />)}</div>
          <CriteriaShifts r={data.review} />
          <ReviewEdits
            suggestions={data.review.suggestions}
            chosen={chosen}
            version={form.version}
            note={form.note}
            busy={busy}
            blocked={locked ? 'The playbook is managed by your organisation (Chrome policy) and locked.' : undefined}
            onToggle={(id) => setChosen((c) => (c.has(id) ? new Set([...c].filter((x) => x !== id)) : new Set([...c, id])))}
            onVersion={(version) => setForm((f) => ({ ...f, version }))}
            onNote={(note) => setForm((f) => ({ ...f, note }))}
            onAccept={() => void accept(data.review)}
          />
          <p className="row">
            <button type="button" onClick={() => download(data.review)}>Download the review (Markdown)</button>
          </p>
        </>
      )}
      {status && <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'notice' : 'notice error'} data-testid="review-status">{status.text}</p>}
    </section>
  );
}

function PeriodPicker({ quarters, picked, onChange }: { quarters: ReviewPeriod[]; picked: [number, number]; onChange: (p: [number, number]) => void }) {
  const a = useId();
  const b = useId();
  const options = quarters.map((q, i) => <option key={i} value={i}>{q.label}</option>);
  return (
    <p className="row" style={{ flexWrap: 'wrap', gap: 8 }}>
      <label htmlFor={a}>Compare</label>
      <select id={a} data-testid="review-period-a" value={picked[0]} onChange={(e) => onChange([Number(e.target.value), picked[1]])}>{options}</select>
      <label htmlFor={b}>with</label>
      <select id={b} data-testid="review-period-b" value={picked[1]} onChange={(e) => onChange([picked[0], Number(e.target.value)])}>{options}</select>
    </p>
  );
}
