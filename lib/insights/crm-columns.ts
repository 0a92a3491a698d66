import { detectColumns, FIELD_NAMES } from './columns';

/**
 * Which column of a CRM companies / accounts export holds what, for the "already in the CRM?"
 * list (issue 19). The same recognition as "Analyse customers" (lib/insights/columns.ts), with the
 * fields a system of record adds: owner, lifecycle stage or account type, last activity, open
 * deals. Header names as HubSpot's companies export and Salesforce's accounts report write them.
 */
export const CRM_FIELDS = ['name', 'domain', 'website', 'linkedin', 'salesNav', 'owner', 'stage', 'lastActivity', 'openDeals', 'amount'] as const;
export type CrmField = (typeof CRM_FIELDS)[number];
/** field → column index in the header */
export type CrmMapping = Partial<Record<CrmField, number>>;

export const CRM_FIELD_LABELS: Record<CrmField, string> = {
  name: 'Company name',
  domain: 'Domain',
  website: 'Website',
  linkedin: 'LinkedIn company page',
  salesNav: 'Sales Navigator URL or id',
  owner: 'Owner',
  stage: 'Lifecycle stage or type',
  lastActivity: 'Last activity date',
  openDeals: 'Open deals',
  amount: 'Deal amount',
};

const CRM_NAMES: Record<CrmField, string[]> = {
  name: FIELD_NAMES.name,
  domain: ['company domain name', 'domain', 'domain name', 'company domain', 'email domain'],
  website: ['website url', 'website', 'company website', 'web site', 'url', 'account website'],
  linkedin: ['linkedin company page', 'linkedin company url', 'linkedin url', 'linkedin page', 'linkedin', 'company linkedin url', 'linkedin company profile'],
  salesNav: ['sales navigator url', 'sales navigator id', 'linkedin sales navigator url', 'sales navigator company url', 'sales navigator'],
  owner: ['company owner', 'account owner', 'owner', 'hubspot owner', 'account owner name', 'owner name', 'sales owner'],
  stage: ['lifecycle stage', 'type', 'account type', 'customer status', 'company type', 'status', 'stage', 'relationship'],
  lastActivity: ['last activity date', 'last activity', 'last activity date time', 'last contacted', 'last engagement date', 'last modified date'],
  openDeals: ['number of associated deals', 'open deals', 'number of open deals', 'open opportunities', 'deals'],
  amount: ['total open deal value', 'open deal amount', 'recent deal amount', 'total revenue', 'amount', 'deal amount', 'opportunity amount', 'pipeline'],
};

const LOOSE = new Set(['owner', 'website', 'domain', 'linkedin', 'amount']);

/** Best guess per field from the header; each column is used by one field at most. */
export function detectCrmMapping(header: readonly string[]): CrmMapping {
  return detectColumns(header, CRM_FIELDS, CRM_NAMES, LOOSE);
}
