import type { CrmRules } from './schema';

/** The part of a CRM answer the playbook's rules look at (lib/insights/crm-match.ts gives it). */
export interface CrmFacts {
  matched: boolean;
  owner: string | null;
  stage: string | null;
}

export interface CrmAdvice {
  action?: string;
  mark?: string;
}

/**
 * The playbook's word on an account already in the CRM list: the first rule whose stages and
 * owner fit gives the action that replaces the tier's and/or a mark. Nothing for an account not in
 * the list (a new account keeps its tier's action) or when no rule fits. Stages compare folded
 * ("customer" = "Customer") because HubSpot and Salesforce spell them differently.
 */
export function crmAdvice(crm: CrmRules | undefined, facts: CrmFacts | undefined): CrmAdvice | undefined {
  if (!crm || !facts?.matched) return undefined;
  const stage = fold(facts.stage);
  const rule = crm.rules.find((r) => {
    if (r.stages && !r.stages.some((s) => fold(s) === stage)) return false;
    if (r.owner === 'someone' && !facts.owner) return false;
    if (r.owner === 'nobody' && facts.owner) return false;
    return true;
  });
  if (!rule) return undefined;
  const advice: CrmAdvice = {};
  if (rule.action) advice.action = fill(rule.action, facts);
  if (rule.mark) advice.mark = fill(rule.mark, facts);
  return advice;
}

const fold = (s: string | null): string => (s ?? '').trim().toLocaleLowerCase('en');

// {{owner}} and {{stage}} only; an empty one reads as "the account owner" / "in the CRM" rather than a hole
function fill(text: string, facts: CrmFacts): string {
  return text
    .replace(/\{\{\s*owner\s*\}\}/g, () => facts.owner ?? 'the account owner')
    .replace(/\{\{\s*stage\s*\}\}/g, () => facts.stage ?? 'in the CRM');
}
