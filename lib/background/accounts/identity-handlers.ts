import { pageIdentity } from '../../accounts/identity';
import { db } from '../../db/database';
import { attachKey, keepApart, mergeChosen, splitAccount } from '../../db/identity-repo';
import type { Input, Output } from '../../messaging/protocol';
import { setBadge } from '../tabs/badge';
import { broadcastChanged } from '../tabs/broadcast';
import { badgeForAccount, rescoreAccount } from './scoring-service';
import { getTabState, setTabState, tabsShowing, withTabLock } from '../tabs/tab-state';
import { withCrmTitle } from '../crm/crm-service';

/** The side panel's and the Accounts tab's answers to identity conflicts, and split (issue 15). */

async function handleMerge(input: Input<'account/identity-merge'>): Promise<Output<'account/identity-merge'>> {
  const pair = input.otherAccountId
    ? await mergeChosen(db(), input.accountId, input.otherAccountId, Date.now())
    : await attachKey(db(), input.accountId, input.key, Date.now());
  if (!pair) {
    await refresh([input.accountId]);
    return { accountId: input.accountId };
  }
  // tabs that showed the absorbed account now show the survivor
  await retarget(pair.absorbedId, () => pair.survivorId);
  await refresh([pair.survivorId, pair.absorbedId]);
  return { accountId: pair.survivorId };
}

async function handleKeepApart(input: Input<'account/identity-keep-apart'>): Promise<Output<'account/identity-keep-apart'>> {
  await keepApart(db(), input.accountId, { otherAccountId: input.otherAccountId, key: input.key });
  await refresh([input.accountId, ...(input.otherAccountId ? [input.otherAccountId] : [])]);
  return {};
}

async function handleSplit(input: Input<'account/split'>): Promise<Output<'account/split'>> {
  const pair = await splitAccount(db(), input.accountId);
  if (!pair) return { split: false };
  const absorbedKeys = new Set((await db().accounts.get(pair.absorbedId))?.keys);
  // a tab on a page of the side split off shows that side again
  await retarget(pair.survivorId, (url, pageType) => {
    const own = pageType ? pageIdentity({ pageType, url, facts: {}, missing: [] })?.own : undefined;
    return own && absorbedKeys.has(own) ? pair.absorbedId : undefined;
  });
  await refresh([pair.survivorId, pair.absorbedId]);
  return { split: true, absorbedId: pair.absorbedId };
}

type Target = (url: string, pageType: Parameters<typeof pageIdentity>[0]['pageType'] | undefined) => string | undefined;

async function retarget(from: string, to: Target): Promise<void> {
  for (const tabId of await tabsShowing(from)) {
    await withTabLock(tabId, async () => {
      const state = await getTabState(tabId);
      const next = state?.accountId === from ? to(state.url, state.pageType) : undefined;
      if (state && next) await setTabState(tabId, { ...state, accountId: next });
    });
  }
}

/** Rescore what changed, badge every tab showing it, tell open pages. */
async function refresh(accountIds: string[]): Promise<void> {
  for (const id of accountIds) {
    // the change is stored: a playbook that cannot score now must not turn it into an error
    const badge = await withCrmTitle((await rescoreAccount(id).catch(() => null))?.badge ?? (await badgeForAccount(id)), id);
    for (const tabId of await tabsShowing(id)) await setBadge(tabId, badge);
    await broadcastChanged({ accountId: id });
  }
}

export const identityHandlers = {
  'account/identity-merge': handleMerge,
  'account/identity-keep-apart': handleKeepApart,
  'account/split': handleSplit,
};
