import { companyProperties } from '../../../insights/hubspot/hubspot-properties';
import { batchCreate, batchUpdate, createCompany, recordUrl, searchByDomains, updateCompany } from '../../../insights/hubspot/hubspot-requests';
import { BatchResponse, CompanyRecord, SearchResponse } from '../../../insights/hubspot/hubspot-schemas';
import { SCOPES, type HubSpotProblem } from '../../../insights/hubspot/hubspot-errors';
import { call } from './hubspot-client';
import type { Connection } from './hubspot-store';
import type { SendSubject } from './hubspot-accounts';

export type Outcome =
  | { accountId: string; action: 'created' | 'updated'; id: string; url: string }
  | { accountId: string; action: 'skipped' | 'failed'; reason: string };

/** A problem that stops the whole run: the rest waits (network, long rate limit) or needs the rep (token, scope). */
export type ChunkResult = { ok: true; outcomes: Outcome[] } | { ok: false; problem: HubSpotProblem };

const STOPS = new Set<HubSpotProblem['kind']>(['auth', 'scope', 'network', 'rate']);
const norm = (d: string) => d.trim().toLowerCase();

/** Pages read per search at most: 100 domains with 10 companies each is already a CRM to clean up. */
const MAX_PAGES = 10;

/**
 * The oldest HubSpot company per domain. Every page of the answer is read (a domain may have
 * several companies, so 100 domains can match more than one page): a company missed here would
 * be created a second time.
 */
async function existing(domains: string[], token: string): Promise<Map<string, string> | HubSpotProblem> {
  const all: CompanyRecord[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const found = await call(searchByDomains(domains, ['domain'], after), token, SearchResponse, SCOPES.companiesRead);
    if (!found.ok) return found.problem;
    all.push(...found.data.results);
    after = found.data.paging?.next?.after;
    if (!after) break;
  }
  if (after) return { kind: 'server', message: 'HubSpot has too many companies with these domains to check for duplicates: nothing was sent.' };
  const byDomain = new Map<string, string>();
  const sorted = all.sort((a, b) => Number(a.id) - Number(b.id));
  for (const r of sorted) {
    const d = r.properties.domain;
    if (d && !byDomain.has(norm(d))) byDomain.set(norm(d), r.id);
  }
  return byDomain;
}

async function sendOne(s: SendSubject, props: Record<string, string>, id: string | undefined, conn: Connection): Promise<Outcome | HubSpotProblem> {
  const req = id ? updateCompany(id, props) : createCompany(props);
  const r = await call(req, conn.token, CompanyRecord, SCOPES.companiesWrite);
  if (!r.ok) return STOPS.has(r.problem.kind) ? r.problem : { accountId: s.accountId, action: 'failed', reason: r.problem.message };
  return { accountId: s.accountId, action: id ? 'updated' : 'created', id: r.data.id, url: recordUrl(conn, r.data.id) };
}

type Planned = { s: SendSubject; props: Record<string, string>; id?: string };

async function sendBatch(list: Planned[], update: boolean, conn: Connection): Promise<Outcome[] | HubSpotProblem> {
  if (!list.length) return [];
  const req = update ? batchUpdate(list.map((p) => ({ id: p.id!, properties: p.props }))) : batchCreate(list.map((p) => p.props));
  const r = await call(req, conn.token, BatchResponse, SCOPES.companiesWrite);
  if (!r.ok) return STOPS.has(r.problem.kind) ? r.problem : list.map((p) => ({ accountId: p.s.accountId, action: 'failed' as const, reason: r.problem.message }));
  // results carry the record's properties: matched back by id (update) or domain (create)
  const byKey = new Map(r.data.results.map((c) => [update ? c.id : norm(c.properties.domain ?? ''), c.id]));
  const why = r.data.errors?.[0]?.message?.slice(0, 300) ?? 'HubSpot did not return this company';
  return list.map((p): Outcome => {
    const id = byKey.get(update ? p.id! : norm(p.props.domain ?? ''));
    return id ? { accountId: p.s.accountId, action: update ? 'updated' : 'created', id, url: recordUrl(conn, id) } : { accountId: p.s.accountId, action: 'failed', reason: why };
  });
}

/**
 * Send up to 100 accounts: those without a domain are skipped (HubSpot could not be searched for
 * them, so a duplicate could be made); the rest are searched by domain first, then updated when
 * HubSpot has them and created when not. One account uses the single-record endpoints; more use
 * batch/create and batch/update.
 */
export async function sendChunk(subjects: readonly SendSubject[], conn: Connection): Promise<ChunkResult> {
  const outcomes: Outcome[] = [];
  const planned: Planned[] = [];
  const seen = new Set<string>();
  for (const s of subjects) {
    const domain = s.account.domain ? norm(s.account.domain) : '';
    if (!domain) outcomes.push({ accountId: s.accountId, action: 'skipped', reason: 'no website domain known, so HubSpot cannot be checked for a duplicate' });
    else if (seen.has(domain)) outcomes.push({ accountId: s.accountId, action: 'skipped', reason: `another account with ${domain} is in the same send` });
    else {
      seen.add(domain);
      planned.push({ s, props: companyProperties({ ...s.account, domain }, conn.industryOptions) });
    }
  }
  if (!planned.length) return { ok: true, outcomes };
  const ids = await existing(planned.map((p) => p.props.domain!), conn.token);
  if (!(ids instanceof Map)) return { ok: false, problem: ids };
  for (const p of planned) p.id = ids.get(p.props.domain!);
  if (subjects.length === 1) {
    const one = await sendOne(planned[0]!.s, planned[0]!.props, planned[0]!.id, conn);
    return 'kind' in one ? { ok: false, problem: one } : { ok: true, outcomes: [one] };
  }
  for (const update of [true, false]) {
    const done = await sendBatch(planned.filter((p) => !!p.id === update), update, conn);
    if (!Array.isArray(done)) return { ok: false, problem: done };
    outcomes.push(...done);
  }
  return { ok: true, outcomes };
}
