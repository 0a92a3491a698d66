import type { CriterionStat, PerformanceSummary } from '../../lib/insights/performance-schema';
import { CONFIDENCE_TEXT, cycle, dealSizes, pct, points } from '../../lib/view/insights-format';

/** The figures behind the charts, as tables (the charts' text alternative, and the detail). */
export function TierTable({ s }: { s: PerformanceSummary }) {
  const groups = [s.fit, s.notFit, ...s.tiers];
  return (
    <details>
      <summary>Tiers as a table</summary>
      <table className="data-table" data-testid="table-tiers">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="num">Accounts</th>
            <th scope="col" className="num">Won</th>
            <th scope="col" className="num">Lost</th>
            <th scope="col" className="num">Open</th>
            <th scope="col" className="num">Win rate</th>
            <th scope="col">Average won deal</th>
            <th scope="col">Average cycle</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.key.startsWith('tier:') ? `Tier ${g.label}` : g.label}</th>
              <td className="num">{g.count}</td>
              <td className="num">{g.won}</td>
              <td className="num">{g.lost}</td>
              <td className="num">{g.open}</td>
              <td className="num">{pct(g.winRate)}</td>
              <td>{dealSizes(g.dealSize)}</td>
              <td>{cycle(g)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

const side = (x: CriterionStat['matched']) => (x.won + x.lost ? `${pct(x.winRate)} (${x.won}/${x.won + x.lost})` : '–');

export function CriteriaTable({ criteria }: { criteria: CriterionStat[] }) {
  return (
    <details>
      <summary>Criteria as a table</summary>
      <table className="data-table" data-testid="table-criteria">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" className="num">Points</th>
            <th scope="col" className="num">Win rate matched</th>
            <th scope="col" className="num">Win rate missed</th>
            <th scope="col" className="num">Difference</th>
            <th scope="col" className="num">Lift</th>
            <th scope="col">Confidence</th>
            <th scope="col" className="num">Unknown</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={`${c.icpId}-${c.criterionId}`} data-testid={`criterion-row-${c.criterionId}`}>
              <th scope="row" className="wrap">{c.label}</th>
              <td className="num">{c.points}</td>
              <td className="num">{side(c.matched)}</td>
              <td className="num">{side(c.missed)}</td>
              <td className="num">{points(c.difference)}</td>
              <td className="num">{c.lift === null ? '–' : `×${c.lift.toFixed(1)}`}</td>
              <td>{CONFIDENCE_TEXT[c.confidence]}</td>
              <td className="num">{c.unknown}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
