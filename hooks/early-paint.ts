import type { TabView } from '../lib/messaging/views';
import type { IcpResult } from '../lib/scoring';
import { initials, tierClass } from '../lib/view/header-basics';

/**
 * The side panel's first paint, before React (issue 17: open → tier ≤ 100 ms). The early answer
 * (early-tab-view.ts) usually arrives while the ~300 kB panel bundle is still being compiled; when
 * it carries a scored account, this draws the header's top line — company, domain, tier block,
 * score and ICP — with the same markup and classes AccountHeader renders, so the rep reads the
 * tier at once and React's first commit (which empties #root) replaces it without a visible jump.
 * Only into an empty #root: once React rendered anything, this does nothing. Page text is set
 * as text (textContent), never as markup.
 */
export function earlyPaint(view: TabView): void {
  const root = document.getElementById('root');
  const best = (view.result?.results as IcpResult[] | undefined)?.[0];
  if (!root || root.firstChild || view.status !== 'ready' || !view.account || !best) return;
  const account = view.account;
  const name = account.name ?? account.domain ?? account.id.replace(/^[a-z]+:/, '');
  const tier = best.tier ?? '–';
  const label = best.tier === 'DQ' ? 'Disqualified' : best.score === null ? 'No tier yet: not enough data' : `Tier ${tier}`;

  const header = el('header', 'card header', { 'aria-label': 'Account summary', 'data-early': '' });
  const row = header.appendChild(el('div', 'row'));
  row.appendChild(el('div', 'avatar', { 'aria-hidden': 'true' })).textContent = initials(name);
  const grow = row.appendChild(el('div', 'grow'));
  grow.appendChild(el('h1', 'name')).textContent = name.length > 80 ? `${name.slice(0, 79)}…` : name;
  if (account.domain) grow.appendChild(el('div', 'muted truncate', { dir: 'auto', 'data-testid': 'domain' })).textContent = account.domain;
  const block = row.appendChild(el('div', `tier ${tierClass(best)}`, { 'data-testid': 'tier', role: 'img', 'aria-label': `${label} for ${best.icpName}`, title: `${label} for ${best.icpName}` }));
  block.textContent = tier;
  const line = header.appendChild(el('div', 'row score-line'));
  line.appendChild(el('span', 'score num', { 'data-testid': 'score' })).textContent = best.score === null ? 'Not enough data' : `${best.score}/100`;
  header.appendChild(el('div', 'muted wrap', { 'data-testid': 'icp-name' })).appendChild(document.createElement('bdi')).textContent = best.icpName;
  const main = el('main', 'panel', {});
  main.appendChild(header);
  root.appendChild(main);
}

function el(tag: string, className: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
