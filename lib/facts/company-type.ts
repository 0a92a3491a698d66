import { matchKey } from './text';

export const COMPANY_TYPES = ['public', 'private', 'nonprofit', 'government', 'educational', 'partnership', 'self-employed', 'sole-proprietorship', 'self-owned'] as const;
export type CompanyType = (typeof COMPANY_TYPES)[number];

// LinkedIn's "Company type" labels (About tab), Sales Navigator's and Crunchbase's wordings, and our
// own canonical words, folded. Whole-label matches only: "Public Health" is an industry, not a type.
const LABELS = new Map<string, CompanyType>([
  ['publiccompany', 'public'], ['public', 'public'], ['publiclyheld', 'public'], ['publiclytraded', 'public'], ['listedcompany', 'public'],
  ['privatelyheld', 'private'], ['private', 'private'], ['privatecompany', 'private'],
  ['nonprofit', 'nonprofit'], ['nonprofitorganization', 'nonprofit'], ['notforprofit', 'nonprofit'], ['charity', 'nonprofit'],
  ['governmentagency', 'government'], ['government', 'government'], ['governmentorganization', 'government'],
  ['educational', 'educational'], ['educationalinstitution', 'educational'], ['educationinstitution', 'educational'],
  ['partnership', 'partnership'],
  ['selfemployed', 'self-employed'],
  ['soleproprietorship', 'sole-proprietorship'], ['soleproprietor', 'sole-proprietorship'],
  ['selfowned', 'self-owned'],
]);

/** LinkedIn's "Public Company", "Privately Held", "Nonprofit", "Government Agency", "Educational"… → one canonical type; else null. */
export function normaliseCompanyType(text: string): CompanyType | null {
  const key = matchKey(text, 60);
  return key ? (LABELS.get(key) ?? null) : null;
}
