import type { OutcomeGroup } from '../../lib/insights/performance-schema';
import type { CriterionShift, PeriodFigures, QuarterlyReview, ReviewAccount } from '../../lib/insights/review-schema';
import { CHANGE_TEXT } from '../../lib/view/review-report';
import { CONFIDENCE_TEXT, cycle, dealSizes, money, pct, points } from '../../lib/view/insights-format';

/** One period of the quarterly review: win rate, deal size and cycle by tier, and the versions in use. */
export function PeriodCard({ p, index }: { p: PeriodFigures; index: number }) {
  const groups = [p.fit, p.notFit, ...p.tiers];
  return (
    <div className="card" data-testid={`review-period-${index}`}>
      <h3 style={{ marginTop: 0 }}>
        {p.period.label} <span className="muted small">{p.period.start} to {p.period.end}</span>
      </h3>
      {p.closed === 0 ? (
        <p data-testid="review-empty">No outcomes: no deal was marked won or lost with a close date in this period.</p>
      ) : (
        <>
          <p className="small">{p.closed} closed (won or lost).</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col" className="num">Closed</th>
                <th scope="col" className="num">Win rate</th>
                <th scope="col">Average won deal</th>
                <th scope="col">Average cycle</th>
              </tr>
            </thead>
            <tbody>{groups.map((g) => <GroupRow key={g.key} g={g} />)}</tbody>
          </table>
          <p className="small wrap" data-testid="review-versions">
            Playbook in use when they closed: {p.versions.map((v) => `${v.label} (${v.count})`).join(', ')}.
          </p>
          <Accounts what="won" list={p.accounts.filter((a) => a.outcome === 'won')} />
          <Accounts what="lost" list={p.accounts.filter((a) => a.outcome === 'lost')} />
        </>
      )}
    </div>
  );
}

/** The biggest deals of the period by name, so the manager recognises them (React renders names as text). */
function Accounts({ what, list }: { what: 'won' | 'lost'; list: ReviewAccount[] }) {
  if (!list.length) return null;
  const one = (a: ReviewAccount) => `${a.name} (tier ${a.tier}${a.value !== undefined ? `, ${money(a.value, a.currency ?? '')}` : ''})`;
  return (
    <p className="small wrap" data-testid={`review-${what}`}>
      {what === 'won' ? 'Biggest won' : 'Lost'}: {list.map(one).join('; ')}
    </p>
  );
}

function GroupRow({ g }: { g: OutcomeGroup }) {
  const closed = g.won + g.lost;
  const label = g.key.startsWith('tier:') ? `Tier ${g.label}` : g.label;
  return (
    <tr data-testid={`review-${g.key.replace(':', '-')}`}>
      <th scope="row" className="wrap">{label}</th>
      <td className="num">{closed}</td>
      <td className="num">{closed ? `${pct(g.winRate)} (${g.won} won)` : 'no outcomes'}</td>
      <td className="wrap">{closed ? dealSizes(g.dealSize) : '–'}</td>
      <td>{closed ? cycle(g) : '–'}</td>
    </tr>
  );
}

const side = (s: CriterionShift['before']) => (s.difference === null ? `– (${CONFIDENCE_TEXT[s.confidence]})` : `${points(s.difference)} · ${CONFIDENCE_TEXT[s.confidence]}`);

/** Per criterion: won-when-matched minus won-when-missed in each period, and which way it moved. */
export function CriteriaShifts({ r }: { r: QuarterlyReview }) {
  const [a, b] = r.periods;
  return (
    <section aria-labelledby="review-criteria-h">
      <h3 id="review-criteria-h">Criteria: predictive power (ICP {r.icp.name})</h3>
      <p className="muted small">Win rate when the criterion matched minus when it missed, in each period.</p>
      <table className="data-table" data-testid="review-criteria">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">{a.period.label}</th>
            <th scope="col">{b.period.label}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {r.criteria.map((c) => (
            <tr key={c.criterionId} data-testid={`review-criterion-${c.criterionId}`} data-change={c.change}>
              <th scope="row" className="wrap">{c.label}</th>
              <td>{side(c.before)}</td>
              <td>{side(c.after)}</td>
              <td>{CHANGE_TEXT[c.change]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
