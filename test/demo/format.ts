import type { TabView } from '../../lib/messaging/views';
import type { AccountResult } from '../../lib/scoring';

const ICON = { matched: '✓', partial: '◐', missed: '✗', unknown: '?' } as const;

/** The demo's terminal summary of one scored tab. */
export function formatTabView(view: TabView, badge: string): string {
  const result = view.result as AccountResult | undefined;
  const best = result?.results[0];
  if (!view.account || !best) return `No result for ${view.url ?? 'the page'} (status: ${view.status})`;
  const lines = [
    `${view.account.name ?? view.account.id}  —  badge "${badge}"  (playbook: ${view.playbook?.name} v${view.playbook?.version})`,
    `Best ICP: ${best.icpName}`,
    `  tier ${best.tier}  score ${best.score ?? 'n/a'}  coverage ${Math.round(best.coverage * 100)}%  range ${Math.round(best.range[0])}–${Math.round(best.range[1])}  fit ${best.fit ?? '?'}  timing ${best.timing ?? '?'}${best.provisional ? '  (provisional)' : ''}`,
    best.action ? `  → ${best.action}` : '',
    ...best.disqualifiers.map((d) => `  DQ: ${d.reason}`),
    ...best.criteria.map((c) => `  ${ICON[c.state]} ${c.label.padEnd(44)} ${String(Math.round(c.earned * 10) / 10).padStart(4)}/${c.points}`),
    best.questions.length ? `Ask next:\n${best.questions.slice(0, 3).map((q) => `  - ${q}`).join('\n')}` : '',
    'Other ICPs: ' + result.results.slice(1).map((r) => `${r.icpName.split(':')[0]} ${r.tier} (${r.score ?? 'n/a'})`).join(' · '),
  ];
  return lines.filter(Boolean).join('\n');
}
