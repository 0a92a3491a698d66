import '../shared/outcomes.css';

export interface Bar {
  key: string;
  label: string;
  /** 0..1 for a rate chart; −1..1 for a diverging chart */
  value: number | null;
  /** the figure as text, always shown beside the bar */
  text: string;
  /** drawn faint: too little data to trust */
  faint?: boolean;
}

/**
 * Horizontal CSS bars. Every bar carries its label and value as text (the bar itself is
 * decoration for the eye, hidden from screen readers), and the caller adds a table alternative.
 */
export function BarChart({ title, bars, diverging = false, testId }: { title: string; bars: Bar[]; diverging?: boolean; testId?: string }) {
  return (
    <figure className="card" style={{ margin: '8px 0' }} data-testid={testId}>
      <figcaption><h3>{title}</h3></figcaption>
      <ul className="plain bars" aria-label={title}>
        {bars.map((b) => (
          <li key={b.key} className="bar-row" data-testid={`bar-${b.key}`}>
            <span className="wrap">{b.label}</span>
            <span className="bar-track" aria-hidden="true">
              {diverging && <span className="bar-axis" />}
              {b.value !== null && <span className={`bar-fill${b.value < 0 ? ' neg' : ''}${b.faint ? ' faint' : ''}`} style={fillStyle(b.value, diverging)} />}
            </span>
            <span className="num small">{b.text}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function fillStyle(value: number, diverging: boolean): { left: string; width: string } {
  const v = Math.max(-1, Math.min(1, value));
  if (!diverging) return { left: '0%', width: `${Math.max(0, v) * 100}%` };
  return v >= 0 ? { left: '50%', width: `${v * 50}%` } : { left: `${50 + v * 50}%`, width: `${-v * 50}%` };
}
