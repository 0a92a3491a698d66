import type { CriterionState, IcpCard, PanelModel } from './model';

/** Letters, not colours: a CRM note is plain text. */
export const STATE_MARK: Record<CriterionState, string> = { matched: '✓', partial: '◐', missed: '✗', unknown: '?' };

function scoreLine(icp: IcpCard): string {
  const score = icp.score === null ? 'not enough data' : `score ${icp.score}/100`;
  const range = `could range ${Math.round(icp.range[0])}–${Math.round(icp.range[1])}`;
  return `Tier ${icp.tier} · ${score} · coverage ${Math.round(icp.coverage * 100)}% (${range})${icp.provisional ? ' · provisional' : ''}`;
}

/**
 * Everything a rep pastes into a CRM note or call prep for one ICP: who, tier and score, why
 * (disqualifiers first), what is unknown, the talking points and the questions. Plain text only.
 */
export function copyAllText(model: PanelModel, icp: IcpCard): string {
  const lines: string[] = [];
  const { account } = model;
  lines.push(account.domain ? `${account.name} (${account.domain})` : account.name);
  lines.push(`${icp.name}: ${scoreLine(icp)}`);
  if (icp.action) lines.push(`Next: ${icp.action}`);
  if (icp.segment) lines.push(`Segment: ${icp.segment}`);
  if (model.person?.name || model.person?.title) lines.push(`Contact: ${[model.person.name, model.person.title].filter(Boolean).join(', ')}`);
  if (model.persona) lines.push(`Persona: ${model.persona.name}`);
  if (icp.disqualifiers.length) {
    lines.push('', 'Disqualified:');
    for (const d of icp.disqualifiers) lines.push(`✗ ${d.reason}${d.valueText ? ` (${d.valueText})` : ''}`);
  }
  const known = icp.criteria.filter((c) => c.state !== 'unknown');
  if (known.length) {
    lines.push('', 'Why:');
    for (const c of known) lines.push(`${STATE_MARK[c.state]} ${c.label}${c.valueText ? `: ${c.valueText}` : ''}`);
  }
  const unknown = icp.criteria.filter((c) => c.state === 'unknown');
  if (unknown.length) {
    lines.push('', 'Unknown:');
    for (const c of unknown) lines.push(`? ${c.label}`);
  }
  if (icp.talkingPoints.length) lines.push('', 'Talking points:', ...icp.talkingPoints.map((t) => `- ${t}`));
  if (icp.questions.length) lines.push('', 'Discovery questions:', ...icp.questions.map((q) => `- ${q}`));
  if (model.playbook) lines.push('', `Scored with ${model.playbook.name} v${model.playbook.version}`);
  return lines.join('\n');
}
