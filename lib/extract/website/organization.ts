import { attr, first, meta, text } from '../core/dom';
import { put, type Reader } from '../core/facts';
import { isObj, jsonLdNodes, obj, str, types, type JsonObject } from '../core/json';
import { isOrg, putOrgNode } from '../core/organization';
import { normaliseWebsite, registrableDomain } from '../core/urls';

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

/** The site owner's org: the candidate whose URL is on this site, else the first with a name. */
export function ownerOrg(doc: Document, pageUrl: string): JsonObject | null {
  const nodes = jsonLdNodes(doc, 200);
  const list = candidates(nodes).map((c) => resolve(c, nodes)).filter((c) => isObj(c) && str(c['name']));
  const site = registrableDomain(pageUrl);
  return list.find((c) => site && registrableDomain(str(c['url'])) === site) ?? list[0] ?? null;
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

/** The site's own address: its home page origin (the page being read is the company's site). */
export function readSiteIdentity(r: Reader): void {
  const canonical = attr(first(r.doc, ['link[rel="canonical"]']), 'href', 2000);
  const own = normaliseWebsite(r.url) ?? normaliseWebsite(canonical);
  if (own) {
    const origin = new URL(own).origin;
    put(r, 'website', origin, `page: ${r.url}`);
  }
  const site = r.facts.website?.value ?? r.url;
  put(r, 'domain', registrableDomain(r.url) ?? registrableDomain(site), `page: ${r.url}`);
}
