import type { IdentityConflict } from './account-row';
import { kindOf } from './conflicts';

/** How identity keys and conflicts read to a rep (side panel, Accounts tab). Page-derived: capped, rendered as text. */

const MAX_LABEL = 100;
const cap = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** "li:acme" → "linkedin.com/company/acme", "domain:acme.com" → "acme.com", … */
export function keyLabel(key: string): string {
  const kind = kindOf(key);
  const v = key.slice(kind.length + 1);
  switch (kind) {
    case 'li':
      return cap(`linkedin.com/company/${v}`);
    case 'sn':
      return cap(`Sales Navigator account ${v}`);
    case 'cb':
      return cap(`crunchbase.com/organization/${v}`);
    case 'domain':
      return cap(v);
    default:
      return cap(key);
  }
}

const NOUNS: Record<string, string> = { li: 'LinkedIn page', sn: 'Sales Navigator account', cb: 'Crunchbase page', domain: 'website' };
const noun = (key: string) => NOUNS[kindOf(key)] ?? 'address';

/**
 * "linkedin.com/company/x says its website is victim.com, which you already know as
 * linkedin.com/company/y." The account holding the key is named by a key of the claimant's kind
 * when it has one (the rep compares like with like), else by its name.
 */
export function conflictSentence(c: IdentityConflict): string {
  const said = `${keyLabel(c.claimant)} says its ${noun(c.key)} is ${keyLabel(c.key)}`;
  const holderKey = c.holderKey ?? c.key;
  if (!c.otherAccountId) return `${said}, but this account's ${noun(c.key)} is ${keyLabel(holderKey)}.`;
  const byKind = kindOf(holderKey) === kindOf(c.claimant) || !c.holderName;
  return `${said}, which you already know as ${byKind ? keyLabel(holderKey) : cap(c.holderName!)}.`;
}
