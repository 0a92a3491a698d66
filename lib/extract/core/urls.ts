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

// The registrable domain (the account's key) needs the Public Suffix List, private section included
// ("acme-store.myshopify.com" is a company, "myshopify.com" is not): lib/facts/registrable-domain.ts,
// computed in the background and the CLI (extractors `putParsed(r, 'domain', 'domain', website)`).
// A guess from a label list here made every Shopify store, *.github.io, *.vercel.app… one account.
// What follows only compares and checks hosts, cheaply enough for the content scripts.

const SOURCE_HOST = /(^|\.)(linkedin\.com|crunchbase\.com|lnkd\.in)$/;

/** "https://WWW.Acme.com./x" → "acme.com": a link's host for comparing (never an identity), null when it cannot be a company site. */
export function siteHost(input: string | null | undefined): string | null {
  if (!input) return null;
  const u = parseUrl(/^[a-z]+:\/\//i.test(input) ? input : `https://${input}`);
  if (!u) return null;
  const host = u.hostname.toLowerCase().replace(/\.+$/, '').replace(/^www\d?\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^\d+(\.\d+){3}$/.test(host) || SOURCE_HOST.test(host)) return null;
  return host;
}

/**
 * Two links on one site: the same host, or one under the other ("shop.acme.com", "acme.com").
 * Sibling tenants of a shared host ("alice.github.io", "bob.github.io") are not the same site.
 */
export function sameSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = siteHost(a);
  const y = siteHost(b);
  return !!x && !!y && (x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`));
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
