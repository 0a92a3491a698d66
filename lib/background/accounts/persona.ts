import { browser } from 'wxt/browser';
import type { Input, Output } from '../../messaging/protocol';
import { broadcastChanged } from '../tabs/broadcast';

// The rep's persona pick is about the person in front of them, so like person data it lives in
// storage.session (cleared when the browser closes), keyed by account.
const personaKey = (accountId: string) => `persona:${accountId}`;

export async function getPersonaChoice(accountId: string): Promise<string | undefined> {
  const got = await browser.storage.session.get(personaKey(accountId));
  const v = got[personaKey(accountId)];
  return typeof v === 'string' ? v : undefined;
}

/** The rep picks a persona for an account, or goes back to the automatic choice (null). */
export async function handleSetPersona(input: Input<'account/persona'>): Promise<Output<'account/persona'>> {
  if (input.personaId === null) await browser.storage.session.remove(personaKey(input.accountId));
  else await browser.storage.session.set({ [personaKey(input.accountId)]: input.personaId });
  await broadcastChanged({ accountId: input.accountId });
  return {};
}
