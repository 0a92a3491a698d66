import type { IcpCard } from './model';

/** Every ICP of the playbook with its tier and score, best first; the chosen one is expanded above. */
export function IcpSwitcher({ icps, selected, onSelect }: { icps: IcpCard[]; selected: string; onSelect: (id: string) => void }) {
  if (icps.length < 2) return null;
  return (
    <section aria-label="Other ICPs">
      <h2>ICPs in this playbook</h2>
      <ul className="plain card">
        {icps.map((icp) => (
          <li key={icp.id} className="row">
            <span className={`pill`} aria-hidden="true" style={{ minWidth: 32, textAlign: 'center' }}>{icp.tier}</span>
            <span className="grow truncate">{icp.name}</span>
            <span className="muted">{icp.score === null ? '–' : icp.score}</span>
            <button type="button" aria-pressed={icp.id === selected} onClick={() => onSelect(icp.id)} aria-label={`Show ${icp.name}: tier ${icp.tier}`}>
              {icp.id === selected ? 'Shown' : 'Show'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
