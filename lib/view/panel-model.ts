import type { CriterionRow, IcpCard, PanelModel } from './model';
import type { AccountView, TabView } from '../messaging/views';
import type { AccountResult, CriterionResult, IcpResult } from '../scoring';
import { format } from '../scoring/format';
import { criterionEdit, criterionValueText, factRows, toEvidence } from './panel-facts';
import { nextSteps } from './next-steps';
import { crmLine } from './crm-line';
import { localToday } from '../facts/calendar';
import { ageText, sinceView } from './freshness';
import { initials, shownName, tierClass } from './header-basics';

/** TabView (from the background) → what the components render. Null when there is no scored account. */
export function toPanelModel(view: TabView): PanelModel | null {
  const account = view.account;
  const result = view.result as AccountResult | undefined;
  if (!account || !result) return null;
  const name = shownName(account, account.id);
  const { facts, addable } = factRows(account);
  return {
    account: { id: account.id, name, domain: account.domain, initials: initials(name), crm: crmLine(account.crm, localToday()) },
    playbook: view.playbook,
    icps: result.results.map((r) => toCard(r, account)),
    person: view.person ? personOnScreen(view) : undefined,
    persona: result.persona ? { id: result.persona.id, name: result.persona.name, matchedBy: result.persona.matchedBy } : undefined,
    personas: view.personas ?? [],
    personaChoice: view.personaId,
    facts,
    addable,
    nextSteps: nextSteps(account),
    outcome: account.outcome,
    sinceLastVisit: sinceView(account.sinceLastVisit, account.facts),
  };
}

function toCard(r: IcpResult, account: AccountView): IcpCard {
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
    // the playbook's CRM rule wins over the tier's action: a customer is not prospected again
    action: account.crm?.action ?? r.action,
    provisional: r.provisional,
    cappedBy: r.cappedBy,
    disqualifiers: r.disqualifiers.map((d) => ({ id: d.id, reason: d.reason, valueText: format(d.value, d.fact) ?? undefined, evidence: d.evidence.map(toEvidence) })),
    segment: r.segment?.name,
    criteria: r.criteria.map((c) => toRow(c, account)),
    talkingPoints: r.talkingPoints,
    questions: r.questions,
  };
}

function toRow(c: CriterionResult, account: AccountView): CriterionRow {
  return {
    id: c.id,
    label: c.label,
    layer: c.layer,
    state: c.state,
    earned: c.earned,
    points: c.points,
    required: c.required,
    qualitative: c.fact === undefined,
    answered: c.answered,
    edit: criterionEdit(account, c.fact),
    valueText: c.answered !== undefined ? (c.answered ? 'Yes (your answer)' : 'No (your answer)') : criterionValueText(c.fact, c.value),
    evidence: c.evidence.map(toEvidence),
    // the scorer words a question for criteria the playbook gave none (lib/scoring/talking-points.ts)
    question: c.question ?? `Can you confirm: ${c.label.replace(/[.?!]+$/, '')}?`,
    age: ageText(c.observedAt, Date.now(), c.answered === undefined ? 'read' : 'answered'),
    stale: c.stale === true,
  };
}

/** The profile's person, and whether the rep already saved them with this account. */
function personOnScreen(view: TabView): NonNullable<PanelModel['person']> {
  const { name, title, headline } = view.person ?? {};
  const saved = (view.account?.people ?? []).some((p) => p.name === name && p.title === title);
  return { name, title, headline, profileUrl: view.pageType === 'linkedin-profile' ? view.url : undefined, saved };
}
