export const COMPANY_TYPES = ['public', 'private', 'nonprofit', 'government', 'educational', 'partnership', 'self-employed', 'sole-proprietorship', 'self-owned'] as const;
export type CompanyType = (typeof COMPANY_TYPES)[number];

const RULES: [RegExp, CompanyType][] = [
  [/public company|publicly held|^public$/i, 'public'],
  [/privately held|private company|^private$/i, 'private'],
  [/non[- ]?profit|not[- ]for[- ]profit/i, 'nonprofit'],
  [/government/i, 'government'],
  [/education/i, 'educational'],
  [/partnership/i, 'partnership'],
  [/self[- ]employed/i, 'self-employed'],
  [/sole proprietor/i, 'sole-proprietorship'],
  [/self[- ]owned/i, 'self-owned'],
];

/** LinkedIn's "Privately Held", "Public Company", "Nonprofit"… → one word; else null. */
export function normaliseCompanyType(text: string): CompanyType | null {
  if (typeof text !== 'string' || text.length > 100) return null;
  const t = text.trim();
  if ((COMPANY_TYPES as readonly string[]).includes(t.toLowerCase())) return t.toLowerCase() as CompanyType;
  for (const [re, type] of RULES) if (re.test(t)) return type;
  return null;
}
