import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * The HubSpot connection, in chrome.storage.local (issue 19 §2): the token the rep pasted and
 * what connecting learnt. Never in IndexedDB, so never in a backup; never logged (redact()); the
 * diagnostics copy reads storage.session only. "Disconnect" removes the key.
 */
export const CONNECTION_KEY = 'icpfit:hubspot';
/** Private app tokens are "pat-<region>-<uuid>"; we accept any printable token up to 500 chars. */
export const Token = z.string().trim().min(10).max(500).regex(/^[\x21-\x7e]+$/, 'a token has no spaces or special characters');

export const Connection = z.object({
  token: Token,
  portalId: z.number().int().positive(),
  uiDomain: z.string().max(100).optional(),
  connectedAt: z.string().max(40),
  /** the ICP Fit property group and properties exist (created once on connect) */
  setupDone: z.boolean(),
  industryOptions: z.array(z.object({ value: z.string().max(200), label: z.string().max(200) })).max(500),
});
export type Connection = z.infer<typeof Connection>;

export async function loadConnection(): Promise<Connection | null> {
  const raw = (await browser.storage.local.get(CONNECTION_KEY))[CONNECTION_KEY];
  const parsed = Connection.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function saveConnection(c: Connection): Promise<void> {
  await browser.storage.local.set({ [CONNECTION_KEY]: Connection.parse(c) });
}

export async function removeConnection(): Promise<void> {
  await browser.storage.local.remove(CONNECTION_KEY);
}

/** Any text that may quote the token (a server echo, an exception) is cleaned before it is shown or logged. */
export function redact(text: string, token: string | undefined): string {
  let out = token && token.length >= 10 ? text.split(token).join('[token]') : text;
  out = out.replace(/\bpat-[a-z0-9]{2,5}-[a-z0-9-]{8,}/gi, '[token]');
  return out.replace(/Bearer\s+[\x21-\x7e]{10,}/gi, 'Bearer [token]');
}
