import type { PageObservation } from '../facts/model';
import { registrableDomain } from '../facts/registrable-domain';

/**
 * Identity keys of the company an observation is about. An account is known by all of them;
 * two accounts sharing any key are the same company and get merged.
 *   domain:<registrable domain>   li:<linkedin company slug or id>   sn:<sales navigator id>   cb:<crunchbase slug>
 */
export function identityKeys(obs: PageObservation): string[] {
  const keys = new Set<string>();
  const f = obs.facts;
  const domain = domainKey(f.domain?.value ?? f.website?.value);
  if (domain) keys.add(domain);
  const li = linkedinKey(f.linkedinUrl?.value) ?? (isLinkedInCompanyPage(obs) ? linkedinKey(obs.url) : null);
  if (li) keys.add(li);
  const sn = salesNavKey(f.salesNavUrl?.value) ?? (obs.pageType === 'salesnav-company' ? salesNavKey(obs.url) : null);
  if (sn) keys.add(sn);
  const cb = crunchbaseKey(f.crunchbaseUrl?.value) ?? (obs.pageType === 'crunchbase-org' ? crunchbaseKey(obs.url) : null);
  if (cb) keys.add(cb);
  if (obs.pageType === 'company-website') {
    // the site being read is the company's own
    const own = domainKey(obs.url);
    if (own) keys.add(own);
  }
  if (obs.pageType === 'linkedin-profile') {
    const company = linkedinKey(obs.person?.company?.linkedinUrl);
    if (company) keys.add(company);
  }
  return [...keys].sort();
}

/** An observation's keys, and which one is the page's own (issue 15: the others are only claims). */
export interface PageIdentity {
  keys: string[];
  /**
   * The key read from the page's own address (a LinkedIn company page's slug, a Sales Navigator or
   * Crunchbase page's id, a website's domain): the page cannot lie about it. A page without one
   * (a profile, a lead) is anchored on its first claim, LinkedIn first.
   */
  own: string;
}

const CLAIM_ORDER = ['li:', 'sn:', 'cb:', 'domain:'];

export function pageIdentity(obs: PageObservation): PageIdentity | null {
  const keys = identityKeys(obs);
  if (keys.length === 0) return null;
  const own = ownKey(obs);
  if (own && keys.includes(own)) return { keys, own };
  const first = CLAIM_ORDER.map((p) => keys.find((k) => k.startsWith(p))).find(Boolean);
  return { keys, own: first ?? keys[0]! };
}

/** The same expressions identityKeys uses for the page's own kind, so `own` is always one of its keys. */
function ownKey(obs: PageObservation): string | null {
  const f = obs.facts;
  if (isLinkedInCompanyPage(obs)) return linkedinKey(f.linkedinUrl?.value) ?? linkedinKey(obs.url);
  if (obs.pageType === 'salesnav-company') return salesNavKey(f.salesNavUrl?.value) ?? salesNavKey(obs.url);
  if (obs.pageType === 'crunchbase-org') return crunchbaseKey(f.crunchbaseUrl?.value) ?? crunchbaseKey(obs.url);
  if (obs.pageType === 'company-website') return domainKey(obs.url);
  return null;
}

function isLinkedInCompanyPage(obs: PageObservation): boolean {
  return obs.pageType.startsWith('linkedin-company');
}

function parseUrl(text: string | undefined): URL | null {
  if (!text) return null;
  try {
    return new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
}

/**
 * "https://www.Acme.co.uk/about" → "domain:acme.co.uk": the registrable domain by the Public Suffix
 * List, private section included, so "shop.acme.com" is acme.com but each Shopify store, GitHub Pages
 * site, Vercel app… is its own company ("domain:acme-store.myshopify.com"). LinkedIn/Crunchbase,
 * IPs, localhost and bare public suffixes are no company's domain.
 */
export function domainKey(text: string | undefined): string | null {
  const domain = registrableDomain(text);
  return domain ? `domain:${domain}` : null;
}

/** "https://uk.linkedin.com/company/acme-inc/about/" → "li:acme-inc" */
export function linkedinKey(text: string | undefined): string | null {
  const url = parseUrl(text);
  if (!url || !/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const m = /^\/(?:company|school|showcase)\/([^/?#]+)/i.exec(url.pathname);
  return m ? `li:${decodedSlug(m[1]!).toLowerCase()}` : null;
}

/** A slug's %-escapes decoded; a malformed one ("100%", a CRM cell, an odd address) kept as written instead of throwing. */
function decodedSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

export function salesNavKey(text: string | undefined): string | null {
  const url = parseUrl(text);
  if (!url || !/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const m = /^\/sales\/company\/([^/?#]+)/i.exec(url.pathname);
  return m ? `sn:${m[1]!.toLowerCase()}` : null;
}

export function crunchbaseKey(text: string | undefined): string | null {
  const url = parseUrl(text);
  if (!url || !/(^|\.)crunchbase\.com$/i.test(url.hostname)) return null;
  const m = /^\/organization\/([^/?#]+)/i.exec(url.pathname);
  return m ? `cb:${m[1]!.toLowerCase()}` : null;
}
