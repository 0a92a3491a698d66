import { browser } from 'wxt/browser';
import { db } from '../../db/database';
import type { Input, Output } from '../../messaging/protocol';
import type { TabView } from '../../messaging/views';
import { identityView } from './identity-view';
import { outcomeOf } from '../outcomes/outcomes-handlers';
import { getPersonaChoice } from './persona';
import { activePlaybookNow, getActivePlaybook } from '../playbook/playbook-service';
import { scoreWith } from './scoring-service';
import { getTabState } from '../tabs/tab-state';
import { crmViewFor } from '../crm/crm-service';
import { sinceLastVisit } from './since-last-visit';

type PlaybookPart = Pick<TabView, 'playbook' | 'personas' | 'playbookError'>;

/** Build what the side panel / popup shows for a tab (the active tab when none is given). */
export async function handleTabView(input: Input<'tab/view'>): Promise<Output<'tab/view'>> {
  // placed at once: the side panel's first paint waits on this answer (issue 17)
  const [tabId, pb] = await Promise.all([input.tabId ?? activeTabId(), playbookPart()]);
  if (tabId === null) return { tabId: null, status: 'idle', ...pb };
  const state = await getTabState(tabId);
  if (!state) return { tabId, status: 'idle', ...pb };
  const view: TabView = {
    tabId,
    url: state.url,
    status: state.status,
    pageType: state.pageType,
    missing: state.missing,
    person: state.person,
    error: state.error,
    timing: state.timing,
    ...pb,
  };
  if (!state.accountId) return view;
  return (await withAccount(view, state.accountId, state.person?.title)) ?? view;
}

/** The playbook in use (name, version, personas), or why none could be loaded. */
export async function playbookPart(): Promise<PlaybookPart> {
  try {
    const active = await getActivePlaybook();
    return {
      playbook: { name: active.playbook.name, version: active.playbook.version },
      personas: active.playbook.personas.map((p) => ({ id: p.id, name: p.name })),
    };
  } catch (e) {
    return { playbookError: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A view with the account and its result (scored now, with the rep's persona pick or the
 * person's title). Undefined when the account no longer exists.
 */
export async function withAccount(view: TabView, accountId: string, personTitle?: string): Promise<TabView | undefined> {
  // every read placed at once, then the ones that need the account: two waits, not eight (issue 17)
  const [account, answers, personaId, outcome, active] = await Promise.all([
    db().accounts.get(accountId),
    db().answers.where('accountId').equals(accountId).toArray(),
    getPersonaChoice(accountId),
    outcomeOf(accountId),
    // both callers checked the playbooks table just before (playbookPart): no second read; a
    // playbook that cannot be loaded is said below, where scoring needs it
    activePlaybookNow().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
  ]);
  if (!account) return undefined;
  const [identity, crm] = await Promise.all([identityView(account), crmViewFor(account)]);
  const accountView = {
    id: account.id,
    name: account.name,
    domain: account.domain,
    keys: account.keys,
    facts: account.facts,
    answers: Object.fromEntries(answers.map((a) => [a.criterionId, a.value])),
    firstSeenAt: account.firstSeenAt,
    lastSeenAt: account.lastSeenAt,
    people: account.people,
    outcome,
    identity,
    crm,
    changedAt: account.changedAt,
  };
  try {
    if (active instanceof Error) throw active;
    const result = scoreWith(active, account, answers, { personTitle, personaId });
    const since = await sinceLastVisit(account, result, answers);
    return { ...view, account: { ...accountView, ...(since && { sinceLastVisit: since }) }, result, personaId };
  } catch (e) {
    // Without a usable playbook there is nothing to score with: say so instead of failing the view.
    return { ...view, account: accountView, personaId, playbookError: view.playbookError ?? (e instanceof Error ? e.message : String(e)) };
  }
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}
