import { GROUP, ICP_PROPERTIES } from './hubspot-properties';

/**
 * The requests ICP Fit makes to HubSpot's CRM v3 API, as data: method, path and JSON body. The
 * background adds the host and the token (lib/background/crm/hubspot/hubspot-client.ts). Shapes
 * from HubSpot's public reference, cited per builder. Nothing here does I/O.
 */
export const API_ORIGIN = 'https://api.hubapi.com';
/** HubSpot's batch endpoints take at most 100 inputs. https://developers.hubspot.com/docs/guides/api/crm/objects/companies */
export const BATCH_LIMIT = 100;
/** The search endpoint answers at most 200 per page; IN takes at most 100 values per filter. */
export const SEARCH_LIMIT = 100;
/** What the live "already in CRM" lookup reads. */
export const LOOKUP_PROPERTIES = ['name', 'domain', 'hubspot_owner_id', 'lifecyclestage'] as const;

export interface HubSpotRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
}

/** https://developers.hubspot.com/docs/api-reference/legacy/account/account-information/get-account-details */
export const accountInfo = (): HubSpotRequest => ({ method: 'GET', path: '/account-info/v3/details' });

/** https://developers.hubspot.com/docs/api-reference/2026-03/crm/properties/property-groups/create-property */
export const createGroup = (): HubSpotRequest => ({ method: 'POST', path: '/crm/v3/properties/companies/groups', body: { ...GROUP } });

/** https://developers.hubspot.com/docs/guides/api/crm/properties ("Create a property"): 409 when it exists. */
export const createProperties = (): HubSpotRequest[] =>
  ICP_PROPERTIES.map((p) => ({ method: 'POST', path: '/crm/v3/properties/companies', body: { ...p, groupName: GROUP.name } }));

/** The `industry` enumeration's options (read once on connect). https://developers.hubspot.com/docs/guides/api/crm/properties */
export const industryProperty = (): HubSpotRequest => ({ method: 'GET', path: '/crm/v3/properties/companies/industry' });

/**
 * Companies whose `domain` equals one of these (EQ for one, IN for several: one filter group).
 * https://developers.hubspot.com/docs/api-reference/2026-03/crm/objects/companies/search/search-companies.md
 * and https://developers.hubspot.com/docs/guides/api/crm/search (filterGroups, operators EQ / IN).
 */
export function searchByDomains(domains: readonly string[], properties: readonly string[] = LOOKUP_PROPERTIES, after?: string): HubSpotRequest {
  if (!domains.length || domains.length > SEARCH_LIMIT) throw new RangeError(`1–${SEARCH_LIMIT} domains per search`);
  const filter = domains.length === 1 ? { propertyName: 'domain', operator: 'EQ', value: domains[0] } : { propertyName: 'domain', operator: 'IN', values: [...domains] };
  const body = { filterGroups: [{ filters: [filter] }], properties: [...properties], limit: SEARCH_LIMIT };
  // the next page of a search that matched more than one page (`paging.next.after` of the last answer)
  return { method: 'POST', path: '/crm/v3/objects/companies/search', body: after === undefined ? body : { ...body, after } };
}

/** https://developers.hubspot.com/docs/guides/api/crm/objects/companies ("Create companies") */
export const createCompany = (properties: Record<string, string>): HubSpotRequest => ({ method: 'POST', path: '/crm/v3/objects/companies', body: { properties } });

/** https://developers.hubspot.com/docs/guides/api/crm/objects/companies ("Update companies": PATCH by record id) */
export function updateCompany(id: string, properties: Record<string, string>): HubSpotRequest {
  return { method: 'PATCH', path: `/crm/v3/objects/companies/${encodeURIComponent(id)}`, body: { properties } };
}

/** https://developers.hubspot.com/docs/guides/api/crm/objects/companies (batch/create, ≤ 100 inputs) */
export function batchCreate(list: readonly Record<string, string>[]): HubSpotRequest {
  if (!list.length || list.length > BATCH_LIMIT) throw new RangeError(`1–${BATCH_LIMIT} companies per batch`);
  return { method: 'POST', path: '/crm/v3/objects/companies/batch/create', body: { inputs: list.map((properties) => ({ properties })) } };
}

/** https://developers.hubspot.com/docs/guides/api/crm/objects/companies (batch/update, ≤ 100 inputs) */
export function batchUpdate(list: readonly { id: string; properties: Record<string, string> }[]): HubSpotRequest {
  if (!list.length || list.length > BATCH_LIMIT) throw new RangeError(`1–${BATCH_LIMIT} companies per batch`);
  return { method: 'POST', path: '/crm/v3/objects/companies/batch/update', body: { inputs: list.map(({ id, properties }) => ({ id, properties })) } };
}

/** https://developers.hubspot.com/docs/api-reference/crm-owners-v3 (GET /crm/v3/owners/{ownerId}, scope crm.objects.owners.read) */
export const owner = (id: string): HubSpotRequest => ({ method: 'GET', path: `/crm/v3/owners/${encodeURIComponent(id)}` });

/**
 * The record's page in HubSpot: https://{uiDomain}/contacts/{portalId}/record/0-2/{id} (0-2 is
 * the company object type). uiDomain comes from the server: only a hubspot.com host is used.
 */
export function recordUrl(portal: { portalId: number; uiDomain?: string }, id: string): string {
  const host = portal.uiDomain && /^app(-[a-z0-9]{1,10})?\.hubspot\.com$/.test(portal.uiDomain) ? portal.uiDomain : 'app.hubspot.com';
  return `https://${host}/contacts/${portal.portalId}/record/0-2/${encodeURIComponent(id)}`;
}
