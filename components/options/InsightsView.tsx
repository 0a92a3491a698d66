import { useId, useState } from 'react';
import type { CriterionStat, PerformanceSummary } from '../../lib/insights/performance-schema';
import { closedText, CONFIDENCE_TEXT, cycle, dealSizes, pct, points } from '../../lib/view/insights-format';
import { BarChart, type Bar } from './BarChart';
import { CriteriaTable, TierTable } from './InsightsTables';

/** "Is the ICP working?": headline tiles, win rate by tier, lift per criterion, notes, tables. */
export function InsightsView({ summary: s }: { summary: PerformanceSummary }) {
  const tierBars: Bar[] = [s.fit, s.notFit, ...s.tiers].map((g) => ({
    key: g.key,
    label: g.key.startsWith('tier:') ? `Tier ${g.label}` : g.label,
    value: g.winRate,
    text: g.winRate === null ? `no closed (${g.count})` : `${pct(g.winRate)} · ${closedText(g)}`,
    faint: g.won + g.lost < 10,
  }));
  // one ICP's criteria at a time (the same label in two ICPs is two criteria); first: the ICP most accounts fit best
  const [picked, setPicked] = useState<string | undefined>(undefined);
  // (a pick that a new playbook version no longer has falls back to the default)
  const icpId = s.icps.some((i) => i.id === picked) ? picked : [...s.icps].sort((a, b) => b.best - a.best)[0]?.id;
  const criteria = s.criteria.filter((c) => c.icpId === icpId);
  const notes = s.notes.filter((n) => !n.icpId || n.icpId === icpId);
  const judged = criteria.filter((c) => c.difference !== null);
  return (
    <>
      <p className="muted small">{s.fitDefinition} Win rate = won ÷ (won + lost). Scored with {s.playbook.name} {s.playbook.version} on {s.today}.</p>
      {s.crmOutcomes && (
        <p className="small" data-testid="insights-crm-outcomes">
          Includes {s.crmOutcomes.won} won and {s.crmOutcomes.lost} lost from the CRM list imported {s.crmOutcomes.snapshotDate.slice(0, 10)} (stages {s.crmOutcomes.wonStages.join(', ') || '—'} → won;{' '}
          {s.crmOutcomes.lostStages.join(', ') || '—'} → lost), for accounts no rep recorded an outcome for.
        </p>
      )}
      <Tiles s={s} />
      <BarChart title="Win rate by tier" bars={tierBars} testId="chart-tiers" />
      <TierTable s={s} />
      {s.icps.length > 1 && <IcpPicker s={s} value={icpId} onChange={setPicked} />}
      {notes.length > 0 && (
        <section aria-labelledby="notes-h" data-testid="insight-notes">
          <h3 id="notes-h">What would change</h3>
          <ul className="notes">
            {notes.map((n, i) => (
              <li key={i} data-kind={n.kind}>{n.text}</li>
            ))}
          </ul>
        </section>
      )}
      {judged.length > 0 && <BarChart title="Lift per criterion: win rate when matched minus when missed" bars={judged.map(liftBar)} diverging testId="chart-lift" />}
      <CriteriaTable criteria={criteria} />
    </>
  );
}

function IcpPicker({ s, value, onChange }: { s: PerformanceSummary; value: string | undefined; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <p className="row">
      <label htmlFor={id}>Criteria of the ICP</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid="insights-icp">
        {s.icps.map((i) => (
          <option key={i.id} value={i.id}>{`${i.name} (best fit for ${i.best})`}</option>
        ))}
      </select>
    </p>
  );
}

function liftBar(c: CriterionStat): Bar {
  return {
    key: `${c.icpId}-${c.criterionId}`,
    label: c.label,
    value: (c.difference ?? 0) / 100,
    text: `${points(c.difference)} · ${CONFIDENCE_TEXT[c.confidence]}`,
    faint: c.confidence === 'low' || c.confidence === 'insufficient',
  };
}

function Tiles({ s }: { s: PerformanceSummary }) {
  const tiles = [
    { id: 'fit', title: 'Win rate, ICP-fit', big: pct(s.fit.winRate), small: `${closedText(s.fit)} · avg deal ${dealSizes(s.fit.dealSize)} · cycle ${cycle(s.fit)}` },
    { id: 'not-fit', title: 'Win rate, not ICP-fit', big: pct(s.notFit.winRate), small: `${closedText(s.notFit)} · avg deal ${dealSizes(s.notFit.dealSize)} · cycle ${cycle(s.notFit)}` },
    { id: 'pipeline', title: 'Open pipeline that is ICP-fit', big: pct(s.pipeline.share), small: `${s.pipeline.openFit} of ${s.pipeline.open} open accounts` },
    {
      id: 'agreement',
      title: 'Reps’ “good fit” the ICP agrees with',
      big: s.agreement.goodFit ? pct(s.agreement.goodFitIcpFit / s.agreement.goodFit) : '–',
      small: `${s.agreement.goodFitIcpFit} of ${s.agreement.goodFit} good fit · ${s.agreement.badFitIcpFit} of ${s.agreement.badFit} bad fit scored ICP-fit`,
    },
  ];
  return (
    <div className="tiles">
      {tiles.map((t) => (
        <div key={t.id} className="card tile" data-testid={`tile-${t.id}`}>
          <div className="muted small">{t.title}</div>
          <div className="big num">{t.big}</div>
          <div className="small muted wrap">{t.small}</div>
        </div>
      ))}
    </div>
  );
}
