import type { CrmView } from '../messaging/views';

/** What the panel header and the badge title say about the CRM list (issue 19). */
export interface CrmLine {
  matched: boolean;
  /** "In CRM · Customer · owner Dana Lee · last activity 12 Oct", or "Not in CRM" */
  text: string;
  /** how it was matched and which import it comes from */
  title: string;
  /** the playbook's mark for it, e.g. "Owned by Dana Lee" */
  mark?: string;
  /** a playbook rule was left out for want of the rep's "Your name in the CRM": what to do about it */
  needsMe?: string;
}

export const NEEDS_ME_TEXT = 'A playbook rule about who owns this account needs your name in the CRM: set it in Options → CRM.';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BY: Record<NonNullable<CrmView['matchedBy']>, string> = { domain: 'domain', linkedin: 'LinkedIn page', salesNav: 'Sales Navigator id', name: 'name' };

export function crmLine(crm: CrmView | undefined, today: string): CrmLine | undefined {
  if (!crm) return undefined;
  const imported = `CRM list imported ${shortDate(crm.snapshotDate.slice(0, 10), today, true)}`;
  if (!crm.matched) return { matched: false, text: 'Not in CRM', title: imported };
  const parts = ['In CRM'];
  if (crm.matchedBy === 'name') parts[0] = 'In CRM (matched by name)';
  if (crm.stage) parts.push(crm.stage);
  if (crm.owner) parts.push(`owner ${crm.owner}`);
  if (crm.lastActivity) parts.push(`last activity ${shortDate(crm.lastActivity, today, false)}`);
  const line: CrmLine = { matched: true, text: parts.join(' · '), title: `Matched by ${crm.matchedBy ? BY[crm.matchedBy] : 'key'} · ${imported}` };
  if (crm.mark) line.mark = crm.mark;
  if (crm.needsMe) line.needsMe = NEEDS_ME_TEXT;
  return line;
}

/** "2026-10-12" → "12 Oct" this year, "12 Oct 2025" another year (or always, with `year`). */
export function shortDate(iso: string, today: string, year: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const text = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]}`;
  return year || m[1] !== today.slice(0, 4) ? `${text} ${m[1]}` : text;
}
