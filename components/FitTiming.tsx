/** Two axes: fit says who to target, timing (signals) says when. */
export function FitTiming({ fit, timing }: { fit: number | null; timing: number | null }) {
  return (
    <div className="row" style={{ gap: 16, marginTop: 12 }}>
      <Meter label="Fit (who)" value={fit} />
      <Meter label="Timing (when)" value={timing} />
    </div>
  );
}

function Meter({ label, value }: { label: string; value: number | null }) {
  return (
    <div className="grow">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <span className="muted">{label}</span>
        <span>{value === null ? 'unknown' : value}</span>
      </div>
      <div className="meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value ?? undefined} aria-valuetext={value === null ? 'unknown' : `${value} of 100`}>
        <span style={{ width: `${value ?? 0}%` }} />
      </div>
    </div>
  );
}
