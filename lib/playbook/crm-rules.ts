import type { CrmRule, CrmRules } from './schema';
import { ownerMatcher } from './crm-me';

/** The part of a CRM answer the playbook's rules look at (lib/insights/crm-match.ts gives it). */
export interface CrmFacts {
  matched: boolean;
  owner: string | null;
  stage: string | null;
}

export interface CrmAdvice {
  action?: string;
  mark?: string;
  /**
   * A rule about the rep's own accounts ("me" / "someone-else") would have been tried for this
   * account, but the rep has not set "Your name in the CRM": it was left out, not guessed.
   */
  needsMe?: true;
}

/**
 * The playbook's word on an account already in the CRM list: the first rule whose stages and
 * owner fit gives the action that replaces the tier's and/or a mark. Nothing for an account not in
 * the list (a new account keeps its tier's action) or when no rule fits. Stages compare folded
 * ("customer" = "Customer") because HubSpot and Salesforce spell them differently. `me` is the
 * rep's "Your name in the CRM" (lib/playbook/crm-me.ts); without it "me" / "someone-else" rules
 * do not apply, and the advice says so.
 */
export function crmAdvice(crm: CrmRules | undefined, facts: CrmFacts | undefined, me?: readonly string[]): CrmAdvice | undefined {
  if (!crm || !facts?.matched) return undefined;
  const stage = fold(facts.stage);
  const isMe = matcherOf(me);
  let needsMe = false;
  const rule = crm.rules.find((r) => {
    if (r.stages && !r.stages.some((s) => fold(s) === stage)) return false;
    const fits = ownerFits(r.owner, facts.owner, isMe);
    if (fits === 'unknown') needsMe = true;
    return fits === true;
  });
  const advice: CrmAdvice = needsMe ? { needsMe: true } : {};
  if (rule?.action) advice.action = fill(rule.action, facts);
  if (rule?.mark) advice.mark = fill(rule.mark, facts);
  return Object.keys(advice).length ? advice : undefined;
}

// One matcher per list of aliases: a list page or an export asks for every account with the same list.
const matchers = new WeakMap<readonly string[], ((owner: string) => boolean) | null>();
function matcherOf(me: readonly string[] | undefined): ((owner: string) => boolean) | null {
  if (!me) return null;
  let m = matchers.get(me);
  if (m === undefined) matchers.set(me, (m = ownerMatcher(me)));
  return m;
}

/** Whether the account's owner fits the rule's; 'unknown' when that depends on who the rep is and nobody said. */
function ownerFits(rule: CrmRule['owner'], owner: string | null, isMe: ((owner: string) => boolean) | null): boolean | 'unknown' {
  if (rule === undefined) return true;
  if (rule === 'nobody') return !owner;
  // an account without an owner is nobody's: not the rep's, not a colleague's
  if (!owner) return false;
  if (rule === 'someone') return true;
  if (!isMe) return 'unknown';
  return rule === 'me' ? isMe(owner) : !isMe(owner);
}

const fold = (s: string | null): string => (s ?? '').trim().toLocaleLowerCase('en');

// {{owner}} and {{stage}} only; an empty one reads as "the account owner" / "in the CRM" rather than a hole
function fill(text: string, facts: CrmFacts): string {
  return text
    .replace(/\{\{\s*owner\s*\}\}/g, () => facts.owner ?? 'the account owner')
    .replace(/\{\{\s*stage\s*\}\}/g, () => facts.stage ?? 'in the CRM');
}
