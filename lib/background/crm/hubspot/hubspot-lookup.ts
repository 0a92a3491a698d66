import { browser } from 'wxt/browser';
import { z } from 'zod';
import { db } from '../../../db/database';
import { owner, recordUrl, searchByDomains } from '../../../insights/hubspot/hubspot-requests';
import { Owner, SearchResponse } from '../../../insights/hubspot/hubspot-schemas';
import { SCOPES } from '../../../insights/hubspot/hubspot-errors';
import { LiveCrm, type Lookup } from '../../../insights/hubspot/hubspot-state';
import { call } from './hubspot-client';
import { loadConnection, type Connection } from './hubspot-store';

/**
 * "Already in CRM?" asked of HubSpot itself while connected (issue 19 §2): owner and lifecycle
 * stage, cached in storage.local for 10 minutes per domain (capped); when HubSpot cannot be
 * reached the panel keeps showing the imported CSV snapshot's answer.
 */
export const CACHE_KEY = 'icpfit:hubspot-cache';
const TTL_MS = 10 * 60_000;
const MAX_CACHED = 300;

const Cache = z.record(z.string().max(300), LiveCrm);

async function ownerName(id: string | null | undefined, conn: Connection): Promise<string | null> {
  if (!id || !/^\d{1,20}$/.test(id)) return null;
  // a token without crm.objects.owners.read still answers: the id is shown instead of the name
  const r = await call(owner(id), conn.token, Owner, 'crm.objects.owners.read');
  if (!r.ok) return `owner #${id}`;
  const name = [r.data.firstName, r.data.lastName].filter(Boolean).join(' ').trim();
  return (name || r.data.email || `owner #${id}`).slice(0, 300);
}

async function readCache(): Promise<Record<string, LiveCrm>> {
  const parsed = Cache.safeParse((await browser.storage.local.get(CACHE_KEY))[CACHE_KEY]);
  return parsed.success ? parsed.data : {};
}

async function remember(domain: string, live: LiveCrm): Promise<void> {
  const all = Object.entries({ ...(await readCache()), [domain]: live }).sort((a, b) => b[1].checkedAt - a[1].checkedAt).slice(0, MAX_CACHED);
  await browser.storage.local.set({ [CACHE_KEY]: Object.fromEntries(all) });
}

/** The live answer for an account, from the cache when fresh. */
export async function lookupAccount(accountId: string, now = Date.now()): Promise<Lookup> {
  const conn = await loadConnection();
  if (!conn) return { state: 'not-connected' };
  const domain = (await db().accounts.get(accountId))?.domain?.toLowerCase();
  if (!domain) return { state: 'no-domain' };
  const hit = (await readCache())[domain];
  if (hit && now - hit.checkedAt < TTL_MS) return { state: 'live', live: hit };
  const r = await call(searchByDomains([domain]), conn.token, SearchResponse, SCOPES.companiesRead);
  if (!r.ok) return { state: 'unreachable', message: r.problem.message };
  const first = [...r.data.results].sort((a, b) => Number(a.id) - Number(b.id))[0];
  const live: LiveCrm = first
    ? { found: true, url: recordUrl(conn, first.id), owner: await ownerName(first.properties.hubspot_owner_id, conn), stage: first.properties.lifecyclestage?.slice(0, 100) ?? null, checkedAt: now }
    : { found: false, url: null, owner: null, stage: null, checkedAt: now };
  await remember(domain, live);
  return { state: 'live', live };
}

/** After a send the cached answer for those domains is stale. */
export async function forgetLookups(): Promise<void> {
  await browser.storage.local.remove(CACHE_KEY);
}
