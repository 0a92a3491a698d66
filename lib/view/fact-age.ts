const DAY = 86_400_000;

/** How old a fact is, as the rep reads it (issue 20): "read today", "read 3 months ago". */
export function ageText(observedAt: number | undefined, now: number): string | undefined {
  if (observedAt === undefined || !Number.isFinite(observedAt)) return undefined;
  const days = Math.floor((now - observedAt) / DAY);
  if (days <= 0) return 'read today';
  if (days === 1) return 'read yesterday';
  if (days < 30) return `read ${days} days ago`;
  const months = Math.floor(days / 30.44);
  if (months < 12) return months <= 1 ? 'read a month ago' : `read ${months} months ago`;
  const years = Math.floor(days / 365.25);
  return years <= 1 ? 'read a year ago' : `read ${years} years ago`;
}
