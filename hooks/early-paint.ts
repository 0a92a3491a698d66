import { browser } from 'wxt/browser';
import type { TabView } from '../lib/messaging/views';
import type { IcpResult } from '../lib/scoring';
import { headlineKey, headlineOf, readHeadline, type BadgeHeadline } from '../lib/view/badge-headline';
import { initials, tierClass } from '../lib/view/header-basics';
import { EARLY_HEADLINE_EVENT } from './early-headline-event';

declare global {
  interface Window {
    /**
     * The first headline the panel's early script drew (badge or view): React's loading state
     * shows it too, with `header()` (this script's own builder: the module bundle carries no copy).
     */
    __icpEarlyHeadline?: { h: BadgeHeadline; from: 'badge' | 'view'; header: () => HTMLElement };
  }
}

/**
 * The side panel's first paint, before React (issue 17: open → tier ≤ 100 ms). The tab's badge
 * headline (lib/view/badge-headline.ts) or, when that is missing, the early answer
 * (early-tab-view.ts) usually arrives while the ~300 kB panel bundle is still being compiled; when
 * either carries a scored account, this draws the header's top line — company, domain, tier block,
 * score and ICP — with the same markup and classes AccountHeader renders, so the rep reads the
 * tier at once. The first answer wins. It is also kept on window: React's first commit empties
 * #root, and while the tab's view is still on its way React's loading state draws the same header
 * from it (EarlyHeadline.tsx) instead of "Loading…" — without that, the tier vanished for 11–44 ms
 * in 4–6 of 12 opens in a browser nothing automates (docs/benchmarks.md, session 15). Once React
 * has drawn into #root, only React draws it. Page text is set as text (textContent), never as markup.
 */
export function earlyPaint(h: BadgeHeadline | null | undefined, from: 'badge' | 'view'): void {
  if (!h || window.__icpEarlyHeadline) return;
  window.__icpEarlyHeadline = { h, from, header: () => headlineHeader(h, from) };
  window.dispatchEvent(new Event(EARLY_HEADLINE_EVENT));
  const root = document.getElementById('root');
  // into #root only while React has drawn nothing there; its first commit then puts the same header back
  if (!root || root.firstChild) return;
  const main = el('main', 'panel', {});
  main.appendChild(headlineHeader(h, from));
  root.appendChild(main);
}

/** The header's top line for a headline, as DOM (the early paint, and React's loading state). */
export function headlineHeader(h: BadgeHeadline, from: 'badge' | 'view'): HTMLElement {
  const name = h.name;
  const tier = h.tier ?? '–';
  const label = h.tier === 'DQ' ? 'Disqualified' : h.score === null ? 'No tier yet: not enough data' : `Tier ${tier}`;

  // data-early says which answer drew it: the badge's headline (no worker) or the worker's view
  const header = el('header', 'card header', { 'aria-label': 'Account summary', 'data-early': from });
  const row = header.appendChild(el('div', 'row'));
  row.appendChild(el('div', 'avatar', { 'aria-hidden': 'true' })).textContent = initials(name);
  const grow = row.appendChild(el('div', 'grow'));
  grow.appendChild(el('h1', 'name')).textContent = name.length > 80 ? `${name.slice(0, 79)}…` : name;
  if (h.domain) grow.appendChild(el('div', 'muted truncate', { dir: 'auto', 'data-testid': 'domain' })).textContent = h.domain;
  const block = row.appendChild(el('div', `tier ${tierClass(h)}`, { 'data-testid': 'tier', role: 'img', 'aria-label': `${label} for ${h.icpName}`, title: `${label} for ${h.icpName}` }));
  block.textContent = tier;
  const line = header.appendChild(el('div', 'row score-line'));
  line.appendChild(el('span', 'score num', { 'data-testid': 'score' })).textContent = h.score === null ? 'Not enough data' : `${h.score}/100`;
  header.appendChild(el('div', 'muted wrap', { 'data-testid': 'icp-name' })).appendChild(document.createElement('bdi')).textContent = h.icpName;
  return header;
}

/** The headline of a worker's view: its scored account's best ICP (none while reading, unscored, or on error). */
export function headlineOfView(view: TabView): BadgeHeadline | undefined {
  const best = (view.result?.results as IcpResult[] | undefined)?.[0];
  if (view.status !== 'ready' || !view.account || !best) return undefined;
  return headlineOf(best, view.account, view.account.id);
}

/**
 * The tab's badge headline, read straight from storage.session (only the worker writes it), then
 * drawn: one call to the browser process instead of a worker round trip and IndexedDB reads.
 */
export async function paintFromBadge(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const got = await browser.storage.session.get(headlineKey(id));
  earlyPaint(readHeadline(got[headlineKey(id)]), 'badge');
}

function el(tag: string, className: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
