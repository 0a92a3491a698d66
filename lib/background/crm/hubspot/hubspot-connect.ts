import { z } from 'zod';
import { accountInfo, createGroup, createProperties, industryProperty } from '../../../insights/hubspot/hubspot-requests';
import { AccountInfo, IndustryProperty } from '../../../insights/hubspot/hubspot-schemas';
import { SCOPES } from '../../../insights/hubspot/hubspot-errors';
import { call } from './hubspot-client';
import { forgetLookups } from './hubspot-lookup';
import { clearQueue } from './hubspot-queue-store';
import { loadConnection, removeConnection, saveConnection, Token, type Connection } from './hubspot-store';

const Anything = z.unknown();

/** A 409 means the group or property is already there (an earlier connect, or a colleague's). */
async function ensureSchema(token: string): Promise<string | null> {
  const group = await call(createGroup(), token, Anything, SCOPES.schemasWrite);
  if (!group.ok && group.problem.kind !== 'conflict') return group.problem.message;
  for (const req of createProperties()) {
    const made = await call(req, token, Anything, SCOPES.schemasWrite);
    if (!made.ok && made.problem.kind !== 'conflict') return made.problem.message;
  }
  return null;
}

/**
 * Connect: check the token (the account's details also give the portal id for record links),
 * create the "ICP Fit" group and properties once, read the industry options. Nothing is stored
 * unless all of it worked, so a refused token leaves no trace.
 */
export async function connect(rawToken: string, now = new Date()): Promise<{ ok: true; portalId: number } | { ok: false; error: string }> {
  const parsed = Token.safeParse(rawToken);
  if (!parsed.success) return { ok: false, error: 'That does not look like a private app token (pat-…): paste it again.' };
  const token = parsed.data;
  const info = await call(accountInfo(), token, AccountInfo, SCOPES.companiesRead);
  if (!info.ok) return { ok: false, error: info.problem.message };
  const previous = await loadConnection();
  const samePortal = previous?.portalId === info.data.portalId && previous.setupDone;
  if (!samePortal) {
    const failed = await ensureSchema(token);
    if (failed) return { ok: false, error: failed };
  }
  const industry = await call(industryProperty(), token, IndustryProperty, SCOPES.companiesRead);
  const connection: Connection = {
    token,
    portalId: info.data.portalId,
    uiDomain: info.data.uiDomain,
    connectedAt: now.toISOString(),
    setupDone: true,
    industryOptions: industry.ok ? industry.data.options : [],
  };
  await saveConnection(connection);
  return { ok: true, portalId: connection.portalId };
}

/** Disconnect (also part of Delete all my data): the token, the send queue and the remembered answers are erased. */
export async function disconnect(): Promise<void> {
  await Promise.all([removeConnection(), clearQueue(), forgetLookups()]);
}
