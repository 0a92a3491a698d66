// Which list a URL shows. Paging through a search ("?page=2", "&start=25") and opening a job in a
// job search's detail pane ("currentJobId") stay on the same list: the rep's rows accumulate. Any
// other change (new keywords, another saved list) is a new list.
const SAME_LIST = new Set(['page', 'start', 'currentjobid', 'sid', 'trk', 'origin', 'refid', 'trackingid']);

/** "https://www.linkedin.com/search/results/people/?keywords=cto&page=2" → ".../search/results/people/?keywords=cto". */
export function listIdentity(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.slice(0, 2048);
  }
  const params = [...u.searchParams].filter(([k]) => !SAME_LIST.has(k.toLowerCase())).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${u.hostname.replace(/^[a-z]{2}\.linkedin\.com$/i, 'www.linkedin.com')}${u.pathname.replace(/\/+$/, '')}${query}`.slice(0, 2048);
}
