// STUB (to be completed by the normalisers work): signatures are the contract.

/** Any LinkedIn industry label, old (pre-2022) or current, any case → current (V2) label, or null if unknown. */
export function normaliseIndustry(_text: string): string | null {
  return null;
}

/** True when a company's industry equals the ICP value or belongs to the ICP value's group. */
export function industryMatches(_companyIndustry: string, _icpValue: string): boolean {
  return false;
}

/** True when the text names a known industry or industry group (for playbook validation warnings). */
export function isKnownIndustryOrGroup(_text: string): boolean {
  return false;
}
