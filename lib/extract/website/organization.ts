import { attr, first, meta, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { isObj, jsonLdNodes, obj, str, types, type JsonObject } from '../core/json';
import { isOrg, putOrgNode } from '../core/organization';
import { normaliseWebsite, sameSite, siteHost } from '../core/urls';

// Who the site belongs to: the schema.org Organization that describes the site owner (also inside
// @graph, or as the publisher of the page's Article/WebPage), then OpenGraph and meta tags.

const PAGE_TYPES = /^(webpage|website|article|blogposting|newsarticle|aboutpage|contactpage|collectionpage|itempage|breadcrumblist)$/;

/** Org nodes in priority order: top-level/@graph orgs, then publishers of the page's own nodes. */
function candidates(nodes: JsonObject[]): JsonObject[] {
  const out: JsonObject[] = nodes.filter(isOrg);
  for (const n of nodes) {
    if (!types(n).some((t) => PAGE_TYPES.test(t))) continue;
    for (const key of ['publisher', 'provider', 'sourceOrganization']) {
      const p = obj(n[key]);
      if (p && isOrg(p)) out.push(p);
    }
  }
  return out;
}

/** An org given only by reference ({"@id": "…#organization"}) resolved against the @graph. */
function resolve(node: JsonObject, nodes: JsonObject[]): JsonObject {
  const id = str(node['@id']);
  if (!id || str(node['name'])) return node;
  return nodes.find((n) => str(n['@id']) === id && isOrg(n) && str(n['name'])) ?? node;
}

/**
 * The site owner's org: the candidate whose URL is this host, else one on this site (a parent or a
 * subdomain), else the first with a name. By host, not by registrable domain: on a shared host the
 * platform's org or another tenant's ("bob.github.io" on "alice.github.io") is not the owner.
 */
export function ownerOrg(doc: Document, pageUrl: string): JsonObject | null {
  const nodes = jsonLdNodes(doc, 200);
  const list = candidates(nodes).map((c) => resolve(c, nodes)).filter((c) => isObj(c) && str(c['name']));
  const host = siteHost(pageUrl);
  const exact = host ? list.find((c) => siteHost(str(c['url'])) === host) : undefined;
  return exact ?? list.find((c) => sameSite(str(c['url']), pageUrl)) ?? list[0] ?? null;
}

export function readOrganization(r: Reader): void {
  const org = ownerOrg(r.doc, r.url);
  if (org) putOrgNode(r, org, 'JSON-LD');
  const legal = org ? str(org['legalName']) : '';
  if (legal && !r.facts.name) put(r, 'name', legal, `JSON-LD legalName: ${legal}`);
}

/** OpenGraph / meta fallbacks. A page's own description is the company's only on the home page. */
export function readMeta(r: Reader): void {
  const site = meta(r.doc, 'og:site_name', 200) || meta(r.doc, 'application-name', 200);
  if (site) put(r, 'name', site, `og:site_name: ${site}`, 'og:site_name');
  let path = '/';
  try {
    path = new URL(r.url).pathname;
  } catch {
    path = '';
  }
  if (path === '/' || path === '') {
    const d = meta(r.doc, 'og:description', 2000) || meta(r.doc, 'description', 2000);
    if (d) put(r, 'description', d, `meta description: ${d}`, 'meta');
    const title = text(first(r.doc, ['title']), 200).split(/\s+[|–—-]\s+/)[0] ?? '';
    if (title) put(r, 'name', title, `<title>: ${title}`, 'title');
  }
}

/**
 * The site's own address: its home page origin (the page being read is the company's site), and
 * its registrable domain, parsed in the background (the Public Suffix List is not in this bundle).
 */
export function readSiteIdentity(r: Reader): void {
  const canonical = attr(first(r.doc, ['link[rel="canonical"]']), 'href', 2000);
  const own = normaliseWebsite(r.url) ?? normaliseWebsite(canonical);
  if (own) {
    const origin = new URL(own).origin;
    put(r, 'website', origin, `page: ${r.url}`);
  }
  // the page's own host; the website found (canonical link, JSON-LD) only when that host cannot be a site (an IP, localhost)
  const site = siteHost(r.url) ? r.url : r.facts.website?.value ?? r.url;
  putParsed(r, 'domain', 'domain', site, `page: ${r.url}`);
}
