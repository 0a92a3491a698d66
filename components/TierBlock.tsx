import type { TierClass } from './model';

/** The tier as a coloured block with its letter (colour is never the only signal). */
export function TierBlock({ tier, tierClass, label }: { tier: string; tierClass: TierClass; label: string }) {
  return (
    <div className={`tier ${tierClass}`} data-testid="tier" aria-label={label} title={label}>
      {tier}
    </div>
  );
}
