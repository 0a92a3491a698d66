/**
 * The local calendar date as YYYY-MM-DD: the scorer's notion of "today". The scorer never reads
 * the clock itself; its callers (background, command line, options page) ask here.
 */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
