/** Two axes: fit says who to target, timing (signals) says when. */
export function FitTiming({ fit, timing }: { fit: number | null; timing: number | null }) {
  return (
    <div className="row meters" aria-label="Fit and timing" role="group">
      <Meter label="Fit (who)" value={fit} testId="fit" />
      <Meter label="Timing (signals)" value={timing} testId="timing" />
    </div>
  );
}

function Meter({ label, value, testId }: { label: string; value: number | null; testId: string }) {
  const v = value === null ? null : Math.round(value);
  return (
    <div className="grow" data-testid={testId}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <span className="muted">{label}</span>
        <span className="num">{v === null ? 'unknown' : `${v}/100`}</span>
      </div>
      <div className="meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={v ?? 0} aria-valuetext={v === null ? 'unknown' : `${v} of 100`}>
        <span style={{ transform: `scaleX(${(v ?? 0) / 100})` }} />
      </div>
    </div>
  );
}
