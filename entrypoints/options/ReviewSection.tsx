import { useEffect, useId, useMemo, useState } from 'react';
import { CriteriaShifts, PeriodCard } from '../../components/options/ReviewPeriods';
import { ReviewEdits } from '../../components/options/ReviewEdits';
import { askReviewEarly, useReview } from '../../hooks/use-review';
import { localToday } from '../../lib/facts/calendar';
import { recentQuarters, type ReviewPeriod } from '../../lib/insights/review-periods';
import type { QuarterlyReview } from '../../lib/insights/review-schema';
import { request } from '../../lib/messaging/client';
import { reviewFileName, reviewMarkdown } from '../../lib/view/review-report';

// default: the quarter before last (index 2) vs the last complete one (index 1)
const DEFAULT_PICK: [number, number] = [2, 1];
const QUARTERS_SHOWN = 8;

/** Ask for the default review before the section renders (InsightsSection, once its tiles are answered). */
export function askDefaultReviewEarly(): void {
  const quarters = recentQuarters(localToday(), QUARTERS_SHOWN);
  askReviewEarly([quarters[DEFAULT_PICK[0]]!, quarters[DEFAULT_PICK[1]]!]);
}

/** The quarterly ICP review (issue 20 §3): two periods side by side, suggested edits, the shareable report. */
export function ReviewSection() {
  const quarters = useMemo(() => recentQuarters(localToday(), QUARTERS_SHOWN), []);
  const [picked, setPicked] = useState<[number, number]>(DEFAULT_PICK);
  const periods = useMemo((): [ReviewPeriod, ReviewPeriod] => [quarters[picked[0]]!, quarters[picked[1]]!], [quarters, picked]);
  const { data, status, busy, accept } = useReview(periods);
  return (
    <section aria-labelledby="review-h" data-testid="review" aria-busy={data.state === 'loading'} style={{ marginTop: 24 }}>
      <h2 id="review-h">Quarterly ICP review</h2>
      <p className="muted small">What was won and lost in two periods, both scored with the playbook in use now. Outcomes count on their close date.</p>
      <PeriodPicker quarters={quarters} picked={picked} onChange={setPicked} />
      {data.state === 'loading' && <p className="muted">Reading the closed deals…</p>}
      {data.state === 'error' && <p className="error-text" role="alert">{data.message}</p>}
      {data.state === 'ready' && <ReviewBody review={data.review} busy={busy} onAccept={(chosen, form) => void accept(data.review, chosen, form)} />}
      {status && <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'notice' : 'notice error'} data-testid="review-status">{status.text}</p>}
    </section>
  );
}

type Form = { version: string; note: string };

function ReviewBody({ review, busy, onAccept }: { review: QuarterlyReview; busy: boolean; onAccept: (chosen: ReadonlySet<string>, form: Form) => void }) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [form, setForm] = useState<Form>({ version: '', note: '' });
  const [locked, setLocked] = useState(false);
  // a new review (new periods, a new version): nothing ticked, the next version and a note to edit
  useEffect(() => {
    setChosen(new Set());
    setForm({ version: review.nextVersion, note: `Quarterly review ${review.periods[0].period.label} vs ${review.periods[1].period.label}.` });
  }, [review]);
  useEffect(() => void request('playbook/status', {}).then((s) => setLocked(!!s.locked)), []);
  const toggle = (id: string) => setChosen((c) => (c.has(id) ? new Set([...c].filter((x) => x !== id)) : new Set([...c, id])));
  return (
    <>
      <p className="muted small wrap">{review.fitDefinition} Scored with {review.playbook.name} {review.playbook.version} on {review.today}.</p>
      <div className="tiles">{review.periods.map((p, i) => <PeriodCard key={i} p={p} index={i} />)}</div>
      <CriteriaShifts r={review} />
      <ReviewEdits
        suggestions={review.suggestions}
        chosen={chosen}
        version={form.version}
        note={form.note}
        busy={busy}
        blocked={locked ? 'The playbook is managed by your organisation (Chrome policy) and locked.' : undefined}
        onToggle={toggle}
        onVersion={(version) => setForm((f) => ({ ...f, version }))}
        onNote={(note) => setForm((f) => ({ ...f, note }))}
        onAccept={() => onAccept(chosen, form)}
      />
      <p className="row">
        <button type="button" onClick={() => download(review)}>Download the review (Markdown)</button>
      </p>
    </>
  );
}

function download(review: QuarterlyReview): void {
  const url = URL.createObjectURL(new Blob([reviewMarkdown(review)], { type: 'text/markdown;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href: url, download: reviewFileName(review) }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
