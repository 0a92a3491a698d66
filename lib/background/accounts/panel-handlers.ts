import type { Input, Output } from '../../messaging/protocol';
import { playbookPart, withAccount } from './view';

/** An account opened from the recent list: the same view as a tab's, with no tab. */
export async function handleAccountView(input: Input<'account/view'>): Promise<Output<'account/view'>> {
  const view = await withAccount({ tabId: null, status: 'ready', ...(await playbookPart()) }, input.accountId);
  if (!view) throw new Error('This account is no longer stored.');
  return view;
}
