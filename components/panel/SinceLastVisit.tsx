import type { SinceView } from '../../lib/view/model';
import { EvidenceList } from './EvidenceList';

/** Issue 20: what changed since the rep's previous visit with other values (nothing when nothing did). */
export function SinceLastVisit({ since }: { since: SinceView | undefined }) {
  if (!since) return null;
  return (
    <section aria-labelledby="since-h" data-testid="since-last-visit" className="card">
      <h2 id="since-h">Since your last visit ({since.sinceText})</h2>
      <ul className="plain">
        {since.round && (
          <li data-testid="change-funding-round" className="wrap">
            <strong><bdi dir="auto">{since.round.text}</bdi></strong>
            <EvidenceList items={since.round.evidence} />
          </li>
        )}
        {since.facts.map((f) => (
          <li key={f.fact} data-testid={`change-${f.fact}`} className="wrap">
            <span className="muted">{f.label}: </span>
            <bdi dir="auto">{f.before}</bdi> → <bdi dir="auto">{f.after}</bdi>
          </li>
        ))}
      </ul>
      {since.criteria.length > 0 && (
        <ul className="plain" aria-label="Criteria that changed">
          {since.criteria.map((c, i) => (
            <li key={i} data-testid="changed-criterion" className="wrap">
              <bdi dir="auto">{c.label}</bdi>: {c.before} → {c.after}
              <span className="muted small"> ({c.icpName})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
