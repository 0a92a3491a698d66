import type { CriterionRow, IcpCard, PanelModel, TierClass } from '../../components/model';
import type { TabView } from '../messaging/views';
import type { AccountResult, CriterionResult, IcpResult } from '../scoring';
import { format } from '../scoring/template';

/** TabView (from the background) → what the components render. Null when there is no scored account. */
export function toPanelModel(view: TabView): PanelModel | null {
  const account = view.account;
  const result = view.result as AccountResult | undefined;
  if (!account || !result) return null;
  const name = account.name ?? account.domain ?? account.id.replace(/^[a-z]+:/, '');
  return {
    account: { id: account.id, name, domain: account.domain, initials: initials(name) },
    playbook: view.playbook,
    icps: result.results.map(toCard),
    person: view.person ? { name: view.person.name, title: view.person.title } : undefined,
    persona: result.persona ? { id: result.persona.id, name: result.persona.name } : undefined,
  };
}

export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[1]!].map((w) => [...w][0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase() || '?';
}

export function tierClass(r: Pick<IcpResult, 'tier' | 'tierRank' | 'tierCount'>): TierClass {
  if (r.tier === 'DQ') return 'dq';
  if (r.tier === null) return 'none';
  if (r.tierRank === 0) return 'top';
  return r.tierRank >= r.tierCount - 1 ? 'low' : 'mid';
}

function toCard(r: IcpResult): IcpCard {
  return {
    id: r.icpId,
    name: r.icpName,
    tier: r.tier ?? '–',
    tierClass: tierClass(r),
    score: r.score,
    coverage: r.coverage,
    range: r.range,
    fit: r.fit,
    timing: r.timing,
    action: r.action,
    provisional: r.provisional,
    cappedBy: r.cappedBy,
    disqualifiers: r.disqualifiers.map((d) => ({ id: d.id, reason: d.reason, valueText: format(d.value) ?? undefined })),
    segment: r.segment?.name,
    criteria: r.criteria.map(toRow),
    talkingPoints: r.talkingPoints,
    questions: r.questions,
  };
}

function toRow(c: CriterionResult): CriterionRow {
  return {
    id: c.id,
    label: c.label,
    layer: c.layer,
    state: c.state,
    earned: c.earned,
    points: c.points,
    required: c.required,
    fact: c.fact,
    valueText: c.answered !== undefined ? (c.answered ? 'Yes (your answer)' : 'No (your answer)') : (format(c.value) ?? undefined),
    evidence: c.evidence.map((e) => ({ source: e.source, url: e.url, text: e.text, observedAt: e.observedAt })),
    question: c.question,
  };
}
