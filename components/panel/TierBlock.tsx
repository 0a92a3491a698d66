import type { TierClass } from '../../lib/view/model';

/** The tier as a coloured block with its letter (colour is never the only signal). */
export function TierBlock({ tier, tierClass, label, small }: { tier: string; tierClass: TierClass; label: string; small?: boolean }) {
  return (
    <div className={`tier ${tierClass}${small ? ' small' : ''}`} data-testid={small ? undefined : 'tier'} role="img" aria-label={label} title={label}>
      {tier}
    </div>
  );
}
