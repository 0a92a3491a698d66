import type { NextStep } from '../../lib/view/model';

/** Too little is known to trust the tier: where to find the rest. */
export function NextSteps({ steps, noScore }: { steps: NextStep[]; noScore: boolean }) {
  return (
    <div className="notice" data-testid="next-steps" role="note">
      <strong>{noScore ? 'Not enough data yet' : 'Little is known yet: the tier may change'}</strong>
      <div className="muted small">What to look at next:</div>
      <ul>
        {steps.map((s) => (
          <li key={s.text}>
            {s.href ? (
              <a href={s.href} target="_blank" rel="noreferrer">
                {s.text}
              </a>
            ) : (
              s.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
