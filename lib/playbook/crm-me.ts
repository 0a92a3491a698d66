import { z } from 'zod';

/**
 * "Your name in the CRM" (issue 19): how the rep appears as an owner in the team's CRM list, so a
 * playbook rule for "owned by me" / "owned by someone else" can tell the rep's accounts from a
 * colleague's. It is the rep's, not the playbook's (one playbook serves the whole team): kept in
 * this browser's settings (row 'crm:me'), given to `icp score` as `--me`.
 *
 * Several aliases, because exports write the owner as a name ("Dana Lee") or an email
 * ("dana.lee@acme.com") depending on the CRM and the report.
 */
export const MAX_ME_ALIASES = 10;
export const MAX_ME_ALIAS_CHARS = 200;
/** What the text field takes: ten aliases of 200 characters and their separators. */
export const MAX_ME_TEXT_CHARS = MAX_ME_ALIASES * (MAX_ME_ALIAS_CHARS + 2);

export const CrmMe = z
  .object({ aliases: z.array(z.string().trim().min(1).max(MAX_ME_ALIAS_CHARS)).max(MAX_ME_ALIASES) })
  .strict();
export type CrmMe = z.infer<typeof CrmMe>;

/**
 * "Dana Lee, dana.lee@acme.com" → the aliases: split on commas, semicolons and line breaks,
 * trimmed, the same alias once, at most ten of at most 200 characters (the rest is dropped, never
 * an error: the field is typed by hand).
 */
export function parseMeAliases(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.slice(0, MAX_ME_TEXT_CHARS).split(/[,;\n\r]+/)) {
    const alias = part.trim().slice(0, MAX_ME_ALIAS_CHARS).trim();
    const key = foldOwner(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
    if (out.length === MAX_ME_ALIASES) break;
  }
  return out;
}

// letters NFKD does not take apart, as an owner's name may be typed either way
const PLAIN: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };

/** Case, accents and spacing folded: "  DÁNA   Lée " = "dana lee". */
export function foldOwner(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[ßøæœđłıþð]/g, (c) => PLAIN[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

const EMAIL = /[^\s<>()[\]"',;]+@[^\s<>()[\]"',;]+\.[^\s<>()[\]"',;]+/g;

/**
 * The forms of a CRM owner to compare with the rep's aliases: the whole text, each email in it,
 * and the name left when the email is taken out ("Dana Lee <dana.lee@acme.com>" → "dana lee").
 */
function ownerForms(owner: string): string[] {
  const whole = foldOwner(owner);
  const emails = whole.match(EMAIL) ?? [];
  const name = foldOwner(whole.replace(EMAIL, ' ').replace(/[<>()[\]"]/g, ' '));
  return [whole, ...emails, ...(name ? [name] : [])];
}

/**
 * A matcher for "is this owner the rep?", or null when the rep has not said who they are: then a
 * rule about the rep's own accounts cannot be decided, and it must not be guessed.
 */
export function ownerMatcher(aliases: readonly string[] | undefined): ((owner: string) => boolean) | null {
  const set = new Set((aliases ?? []).map(foldOwner).filter(Boolean));
  if (!set.size) return null;
  return (owner) => ownerForms(owner).some((form) => set.has(form));
}
