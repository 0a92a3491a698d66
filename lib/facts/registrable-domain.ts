import { getDomain } from 'tldts';
import { MAX_URL } from './limits';

/**
 * The registrable domain of a URL or host by the Public Suffix List, private section included:
 * the account's `domain:` key. "https://dashboard.acme.co.uk/x" → "acme.co.uk", and on shared hosts
 * the tenant, not the host: "acme-store.myshopify.com", "alice.github.io", "app.vercel.app".
 *
 * The list (tldts, ~130 kB) is too big for the content scripts (40 kB budget): they log the website
 * text and the background or the CLI computes this (lib/extract/parsers.ts, lib/accounts/identity.ts).
 *
 * Always ASCII: WHATWG URL turns an IDN into punycode ("bücher.de" → "xn--bcher-kva.de"), which is
 * what the `domain` fact allows and how every key is written. Null for what is not a company's own
 * domain: IPs, `localhost` and other one-label hosts, a bare public suffix ("co.uk", "github.io"),
 * non-http(s) URLs, and the sources we read (LinkedIn, Crunchbase, lnkd.in).
 */
export function registrableDomain(input: string | null | undefined): string | null {
  if (typeof input !== 'string' || !input || input.length > MAX_URL) return null;
  const host = hostOf(input.trim());
  if (!host) return null;
  const domain = getDomain(host, { allowPrivateDomains: true, extractHostname: false, detectIp: true });
  if (!domain || domain.length > 253 || !DOMAIN.test(domain) || SOURCES.has(domain)) return null;
  return domain;
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const SOURCES = new Set(['linkedin.com', 'crunchbase.com', 'lnkd.in']);

/** The lowercase ASCII hostname (tldts drops trailing dots, and knows IPv4 and [IPv6]); a bare host ("acme.io/x", "acme.io:8080") is taken as https. */
function hostOf(input: string): string | null {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
  if (!hasScheme && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(input)) return null; // mailto:, tel:, javascript:
  try {
    const u = new URL(hasScheme ? input : `https://${input}`);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase();
  } catch {
    return null;
  }
}
