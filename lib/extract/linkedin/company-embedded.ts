import type { FactName, FactValues } from '../../facts/model';
import { all } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { isObj, num, obj, parseJson, str, strings, type JsonObject } from '../core/json';
import { putAddress } from '../core/place';
import { crunchbaseOrgUrl, linkedinCompanyUrl, normaliseWebsite } from '../core/urls';
import { putField } from './labels-record';
import { EMBEDDED_DATA, EMBEDDED_ID_PREFIX } from './selectors';

// The logged-in page's embedded API data (`<code id="bpr-guid-…">`, 2017-2026). Second-best
// source: it fills what the visible page lacks (the size band on the Home tab) and records
// disagreements, but is never read alone — it may be stale after in-app navigation. It is the
// language-independent source: numbers, the address, and the industry and company type as ids
// (`urn:li:fsd_industryV2:96`, `PRIVATELY_HELD`) that the background turns into English labels
// whatever the page's language (the `localizedName` beside them is in the rep's language).

const VIA = 'page data';
const MAX_BLOCKS = 80;

interface Found { company: JsonObject; byUrn: Map<string, JsonObject> }

/** Does this entity describe the company the URL or the page's name points at? */
function isThisCompany(e: JsonObject, slug: string, name: string): boolean {
  if (!/organization\.Company$|\.Company$/.test(str(e['$type']))) return false;
  const id = /:(\d+)$/.exec(str(e['entityUrn']))?.[1];
  if (slug && (str(e['universalName']).toLowerCase() === slug || id === slug)) return true;
  return !slug && !!name && str(e['name']) === name;
}

/**
 * The embedded blocks that are children of <body>, where every saved logged-in page has them
 * (2017-2026). Walking <body>'s children is a few dozen steps; a page-wide `code[id^=…]` query
 * walks every element (a 20,000-element Home feed: ~0.1 ms, as much as the rest of the reader's
 * queries together; docs/benchmarks.md, session 19).
 */
export const embeddedBlocksInBody = (doc: Document): Element[] =>
  [...(doc.body?.children ?? [])].filter((el) => el.tagName === 'CODE' && el.id.startsWith(EMBEDDED_ID_PREFIX)).slice(0, MAX_BLOCKS);

function findCompany(doc: Document, slug: string, name: string): Found | null {
  // the blocks under <body>; only when there are none, every block wherever it sits (a layout not seen yet)
  const inBody = embeddedBlocksInBody(doc);
  const blocks = inBody.length ? inBody : all(doc, EMBEDDED_DATA, MAX_BLOCKS);
  const byUrn = new Map<string, JsonObject>();
  let company: JsonObject | null = null;
  for (const code of blocks) {
    const raw = code.textContent ?? '';
    if (!raw.includes('"included"')) continue;
    const data = parseJson(raw);
    const included = isObj(data) ? data['included'] : undefined;
    if (!Array.isArray(included)) continue;
    for (const e of included) {
      if (!isObj(e)) continue;
      const urn = str(e['entityUrn']);
      if (urn && byUrn.size < 20_000) byUrn.set(urn, e);
      if (isThisCompany(e, slug, name) && (!company || Object.keys(e).length > Object.keys(company).length)) company = e;
    }
  }
  return company ? { company, byUrn } : null;
}

function range(v: JsonObject | null): { min: number; max: number | null } | null {
  const min = v ? num(v['start']) : null;
  return v && min !== null ? { min, max: num(v['end']) } : null;
}

function readFunding(r: Reader, f: JsonObject): void {
  const say = sayer(r);
  say('fundingRounds', num(f['numFundingRounds']), 'numFundingRounds');
  const cb = str(f['companyCrunchbaseUrl']) || str(f['fundingRoundListCrunchbaseUrl']);
  say('crunchbaseUrl', crunchbaseOrgUrl(cb), 'crunchbase', cb);
  const last = obj(f['lastFundingRound']);
  if (!last) return;
  const type = str(last['fundingType']).replace(/_/g, ' ');
  if (type) putParsed(r, 'fundingStage', 'stage', type, `${VIA} last round: ${type}`, VIA);
  const money = obj(last['moneyRaised']);
  if (money && str(money['currencyCode']) === 'USD') say('lastFundingAmount', num(money['amount']), 'moneyRaised', `${str(money['amount'])} USD`);
  const on = obj(last['announcedOn']);
  const [y, m, d] = [num(on?.['year']), num(on?.['month']), num(on?.['day'])];
  if (y && m && d) say('lastFundingDate', `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'announcedOn');
}

type Say = <K extends FactName>(name: K, value: FactValues[K] | null | undefined, field: string, shown?: unknown) => void;

/** put() with evidence "page data <field>: <value as the data has it>". */
const sayer = (r: Reader): Say => (name, value, field, shown) =>
  put(r, name, value, `${VIA} ${field}: ${typeof (shown ?? value) === 'object' ? JSON.stringify(shown ?? value) : String(shown ?? value)}`, VIA);

function readCompany(r: Reader, c: JsonObject, byUrn: Map<string, JsonObject>): void {
  const say = sayer(r);
  for (const k of ['name', 'tagline', 'description'] as const) say(k, str(c[k]), k);
  say('employeeRange', range(obj(c['staffCountRange']) ?? obj(c['employeeCountRange'])), 'staffCountRange');
  say('employees', num(c['staffCount']) ?? num(c['employeeCount']), 'staffCount');
  say('foundedYear', num(obj(c['foundedOn'])?.['year']), 'foundedOn');
  readType(r, obj(c['companyType']));
  const site = str(c['companyPageUrl']) || str(c['websiteUrl']);
  say('website', normaliseWebsite(site), 'companyPageUrl', site);
  say('specialties', strings(c['specialities'], 200), 'specialities');
  say('linkedinUrl', linkedinCompanyUrl(str(c['url'])), 'url', str(c['url']));
  const hq = obj(c['headquarter']);
  const addr = obj(hq?.['address']) ?? hq;
  if (addr) {
    const parts = { city: str(addr['city']), state: str(addr['geographicArea']), country: str(addr['country']) };
    putAddress(r, parts, `${VIA} headquarter: ${[parts.city, parts.state, parts.country].filter(Boolean).join(', ')}`, VIA);
  }
  readIndustry(r, c, byUrn);
  say('followers', followerCount(c, byUrn), 'followerCount');
  const funding = obj(c['fundingData']) ?? obj(c['crunchbaseFundingData']);
  if (funding) readFunding(r, funding);
}

/** Industry URN of the company: V1 `*companyIndustries` (2017-21), dash `*industry` / `*industryV2Taxonomy` (2022-26). */
function industryUrn(c: JsonObject): string {
  for (const key of ['*companyIndustries', '*industry', '*industryV2Taxonomy']) {
    const urn = strings(c[key])[0];
    if (urn) return urn;
  }
  return str(obj(c['industry'])?.['entityUrn']);
}

// The id reads the same in every language: the background maps it (else the name) to English.
function readIndustry(r: Reader, c: JsonObject, byUrn: Map<string, JsonObject>): void {
  const urn = industryUrn(c);
  const entity = byUrn.get(urn) ?? obj(c['industry']);
  putField(r, 'industry', { h: 'industry', l: `${VIA} industry`, v: [str(entity?.['localizedName']) || str(entity?.['name'])], u: urn }, VIA);
}

function readType(r: Reader, t: JsonObject | null): void {
  if (t) putField(r, 'companyType', { h: 'type', l: `${VIA} companyType`, v: [str(t['localizedName'])], u: str(t['code']) }, VIA);
}

/** Followers: a separate FollowingInfo (2017-21) or FollowingState (2022-26) record of this company. */
function followerCount(c: JsonObject, byUrn: Map<string, JsonObject>): number | null {
  const id = /:(\d+)$/.exec(str(c['entityUrn']))?.[1];
  const keys = [str(c['*followingState']), str(c['*followingInfo'])];
  if (id) keys.push(`urn:li:fs_followingInfo:urn:li:company:${id}`, `urn:li:fsd_followingState:urn:li:fsd_company:${id}`);
  for (const k of keys) {
    const n = k ? num(byUrn.get(k)?.['followerCount']) : null;
    if (n !== null) return n;
  }
  return null;
}

/** Read the embedded Company entity of this page's company, if there is one. */
export function readEmbedded(r: Reader): void {
  const slug = /\/(?:company|showcase)\/([^/?#]+)/i.exec(r.url)?.[1]?.toLowerCase() ?? '';
  const found = findCompany(r.doc, decodeURIComponent(slug), r.facts.name?.value ?? '');
  if (found) readCompany(r, found.company, found.byUrn);
}
