import { MAX_URL } from '../../facts/limits';

// URL handling for page-supplied links: only http(s) survives (never javascript:, data:), LinkedIn's
// redirect wrapper is unwrapped, tracking parameters are dropped.

export function parseUrl(input: string, base?: string): URL | null {
  if (!input || input.length > MAX_URL) return null;
  try {
    const u = base ? new URL(input, base) : new URL(input);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const TRACKING = /^(utm_\w+|trk|trkInfo|gclid|fbclid|mc_cid|mc_eid|_hsenc|_hsmi|hsCtaTracking|ref|ref_src)$/i;

/** "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Facme.io&urlhash=…" → "https://acme.io". */
export function unwrapRedirect(href: string, base?: string): string {
  const u = parseUrl(href, base);
  if (!u) return '';
  if (LINKEDIN_HOST.test(u.hostname) && /^\/redir\/redirect/.test(u.pathname)) {
    const target = u.searchParams.get('url') ?? '';
    return parseUrl(target) ? target : '';
  }
  return u.href;
}

/** A company website as a stable value: http(s) only, no tracking parameters or hash; a bare origin for the home page. */
export function normaliseWebsite(input: string, base?: string): string | null {
  const u = parseUrl(unwrapRedirect(input, base) || '', base);
  if (!u || LINKEDIN_HOST.test(u.hostname) || !u.hostname.includes('.')) return null;
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  const search = u.searchParams.toString();
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.protocol}//${u.host.toLowerCase()}${path}${search ? `?${search}` : ''}`;
}

/** Visible website text ("acme.io/start", "https://acme.io") → a URL; a bare host is taken as https. */
export function websiteFromText(text: string): string | null {
  const t = text.trim();
  if (/^https?:\/\//i.test(t)) return normaliseWebsite(t);
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t)) return normaliseWebsite(`https://${t}`);
  return null;
}

const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ltd', 'plc', 'ne', 'or', 'go', 'gob', 'nic', 'mil', 'gv']);

/**
 * The registrable domain of a URL, the account's key: "https://dashboard.acme.com/x" → "acme.com",
 * "www.acme.co.uk" → "acme.co.uk". A heuristic, not the public suffix list (too big for the content script).
 */
export function registrableDomain(input: string | null | undefined): string | null {
  if (!input) return null;
  const u = parseUrl(/^[a-z]+:\/\//i.test(input) ? input : `https://${input}`);
  if (!u) return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d?\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^\d+(\.\d+){3}$/.test(host)) return null;
  if (/(^|\.)(linkedin\.com|crunchbase\.com|lnkd\.in)$/.test(host)) return null;
  const labels = host.split('.');
  const n = labels.length;
  const keep = n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Any LinkedIn company link (country subdomain, tracking, /about/) → "https://www.linkedin.com/company/<slug>". */
export function linkedinCompanyUrl(input: string, base?: string): string | null {
  const u = parseUrl(input, base);
  if (!u || !LINKEDIN_HOST.test(u.hostname)) return null;
  const m = /^\/(company|school|showcase)\/([^/?#]+)/i.exec(u.pathname);
  if (!m) return null;
  const slug = safeDecode(m[2]!).toLowerCase();
  if (!/^[\p{L}\p{N}._~%-]{1,100}$/u.test(slug)) return null;
  return `https://www.linkedin.com/${m[1]!.toLowerCase()}/${encodeURIComponent(slug)}`;
}

/** A Sales Navigator account link → "https://www.linkedin.com/sales/company/<id>". */
export function salesNavCompanyUrl(input: string, base?: string): string | null {
  const u = parseUrl(input, base);
  if (!u || !LINKEDIN_HOST.test(u.hostname)) return null;
  const m = /^\/sales\/company\/([\w-]{1,64})/.exec(u.pathname);
  return m ? `https://www.linkedin.com/sales/company/${m[1]}` : null;
}

/** A Crunchbase organisation link (also a funding-rounds sub-page of it) → "https://www.crunchbase.com/organization/<slug>". */
export function crunchbaseOrgUrl(input: string, base?: string): string | null {
  const u = parseUrl(input, base);
  if (!u || !/(^|\.)crunchbase\.com$/i.test(u.hostname)) return null;
  const m = /^\/organization\/([\w.-]{1,100})/i.exec(u.pathname);
  return m ? `https://www.crunchbase.com/organization/${m[1]!.toLowerCase()}` : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
