const DAY = 86_400_000;

/** How old a fact is, as the rep reads it (issue 20): "read today", "read 3 months ago"; a rep's answer: "answered …". */
export function ageText(observedAt: number | undefined, now: number, verb: 'read' | 'answered' = 'read'): string | undefined {
  if (observedAt === undefined || !Number.isFinite(observedAt)) return undefined;
  const days = Math.floor((now - observedAt) / DAY);
  return `${verb} ${howLongAgo(days)}`;
}

function howLongAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  const months = Math.floor(days / 30.44);
  if (months < 12) return months <= 1 ? 'a month ago' : `${months} months ago`;
  const years = Math.floor(days / 365.25);
  return years <= 1 ? 'a year ago' : `${years} years ago`;
}
