import { browser } from 'wxt/browser';
import { db } from '../db/database';
import type { Input, Output } from '../messaging/protocol';
import type { TabView } from '../messaging/views';
import { getActivePlaybook } from './playbook-service';
import { scoreRow } from './scoring-service';
import { getTabState } from './tab-state';

/** Build what the side panel / popup shows for a tab (the active tab when none is given). */
export async function handleTabView(input: Input<'tab/view'>): Promise<Output<'tab/view'>> {
  const tabId = input.tabId ?? (await activeTabId());
  const active = await getActivePlaybook();
  const playbook = { name: active.playbook.name, version: active.playbook.version };
  if (tabId === null) return { tabId: null, status: 'idle', playbook };
  const state = await getTabState(tabId);
  if (!state) return { tabId, status: 'idle', playbook };
  const view: TabView = {
    tabId,
    url: state.url,
    status: state.status,
    pageType: state.pageType,
    missing: state.missing,
    person: state.person,
    playbook,
    error: state.error,
  };
  if (!state.accountId) return view;
  const account = await db().accounts.get(state.accountId);
  if (!account) return view;
  const answers = await db().answers.where('accountId').equals(account.id).toArray();
  const result = await scoreRow(account, state.person?.title);
  return {
    ...view,
    account: {
      id: account.id,
      name: account.name,
      domain: account.domain,
      keys: account.keys,
      facts: account.facts,
      answers: Object.fromEntries(answers.map((a) => [a.criterionId, a.value])),
      firstSeenAt: account.firstSeenAt,
      lastSeenAt: account.lastSeenAt,
    },
    result,
  };
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}
