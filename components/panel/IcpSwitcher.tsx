import type { IcpCard } from '../../lib/view/model';

/** Every ICP of the playbook with its tier and score, best first; the chosen one is shown above. */
export function IcpSwitcher({ icps, selected, onSelect }: { icps: IcpCard[]; selected: string; onSelect: (id: string) => void }) {
  if (icps.length < 2) return null;
  return (
    <section aria-labelledby="icps-h" id="icps" data-testid="icp-switcher">
      <h2 id="icps-h">ICPs in this playbook</h2>
      <ul className="plain card">
        {icps.map((icp) => {
          const shown = icp.id === selected;
          return (
            <li key={icp.id}>
              <button type="button" className={`icp-option row${shown ? ' shown' : ''}`} aria-pressed={shown} onClick={() => onSelect(icp.id)}>
                <span className={`tier-pill ${icp.tierClass}`}>{icp.tier}</span>
                <span className="grow truncate" title={icp.name}>{icp.name}</span>
                <span className="muted num">{icp.score === null ? 'no score' : `${icp.score}/100`}</span>
                {shown && <span className="small">shown</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
