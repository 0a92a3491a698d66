import { put, type Reader } from './facts';
import { num, obj, str, strings, types, type JsonObject } from './json';
import { putAddress, yearIn } from './place';
import { crunchbaseOrgUrl, linkedinCompanyUrl, normaliseWebsite, siteHost } from './urls';

// schema.org Organization nodes, as LinkedIn's guest page and company websites write them.
// LinkedIn puts its own URL in `url` and the website in `sameAs`; websites do the opposite and
// list their social profiles in `sameAs`. Links are sorted by host, not by field.

export const ORG_TYPES = new Set([
  'organization', 'corporation', 'localbusiness', 'professionalservice', 'ngo', 'onlinebusiness', 'onlinestore',
  'educationalorganization', 'medicalorganization', 'store', 'airline', 'newsmediaorganization', 'softwarecompany',
]);

export const isOrg = (node: JsonObject): boolean => types(node).some((t) => ORG_TYPES.has(t));

const SOCIAL = /(^|\.)(facebook|twitter|x|instagram|youtube|youtu|pinterest|tiktok|github|medium|wikipedia|wikidata|google|glassdoor|angel|wellfound|vimeo|flickr|xing)\.(com|org|be|co)$/i;

/**
 * The org's links: its LinkedIn page, its Crunchbase page, and its website — `url`, unless `url` is
 * the LinkedIn page itself (LinkedIn's own JSON-LD), then the first non-social `sameAs`.
 */
export function orgLinks(node: JsonObject): { linkedin: string | null; crunchbase: string | null; website: string | null } {
  const url = str(node['url']);
  const same = strings(node['sameAs']);
  let linkedin: string | null = null;
  let crunchbase: string | null = null;
  for (const link of [url, ...same]) {
    linkedin ??= linkedinCompanyUrl(link);
    crunchbase ??= crunchbaseOrgUrl(link);
  }
  const own = (link: string) => {
    const site = normaliseWebsite(link);
    return site && !SOCIAL.test(new URL(site).hostname) && siteHost(site) ? site : null;
  };
  let website = own(url);
  if (!website && linkedinCompanyUrl(url)) for (const link of same) website ??= own(link);
  return { linkedin, crunchbase, website };
}

/** All the facts one Organization node gives. `via` names the source in disagreement evidence. */
export function putOrgNode(r: Reader, node: JsonObject, via: string): void {
  const name = str(node['name']);
  put(r, 'name', name, `${via} name: ${name}`, via);
  const slogan = str(node['slogan']);
  if (slogan) put(r, 'tagline', slogan, `${via} slogan: ${slogan}`, via);
  const description = str(node['description']);
  if (description) put(r, 'description', description, `${via} description: ${description}`, via);
  const links = orgLinks(node);
  if (links.website) put(r, 'website', links.website, `${via}: ${links.website}`, via);
  if (links.linkedin) put(r, 'linkedinUrl', links.linkedin, `${via} sameAs: ${links.linkedin}`, via);
  if (links.crunchbase) put(r, 'crunchbaseUrl', links.crunchbase, `${via} sameAs: ${links.crunchbase}`, via);
  const founded = str(node['foundingDate']);
  if (founded) put(r, 'foundedYear', yearIn(founded), `${via} foundingDate: ${founded}`, via);
  const staff = obj(node['numberOfEmployees']);
  const count = staff ? num(staff['value']) : num(node['numberOfEmployees']);
  if (count !== null) put(r, 'employees', count, `${via} numberOfEmployees: ${count}`, via);
  const address = obj(node['address']);
  if (address) {
    const city = str(address['addressLocality']);
    const state = str(address['addressRegion']);
    const country = str(address['addressCountry']) || str(obj(address['addressCountry'])?.['name']);
    const said = [str(address['streetAddress']), city, state, str(address['postalCode']), country].filter(Boolean).join(', ');
    putAddress(r, { city, state, country }, `${via} address: ${said}`, via);
  }
}
