/**
 * The facts a playbook test may name, what kind of value each holds, and which operators make
 * sense for each kind. Validation refuses other combinations, so a manager gets an error in the
 * editor rather than a criterion that silently never matches.
 */
export const FACT_KINDS = {
  industry: 'category',
  employees: 'number',
  revenue: 'number',
  hqCountry: 'category',
  hqRegion: 'category',
  hqState: 'category',
  hqCity: 'category',
  foundedYear: 'number',
  companyAge: 'number',
  companyType: 'category',
  fundingStage: 'stage',
  lastFundingDate: 'date',
  lastFundingAmount: 'number',
  totalFunding: 'number',
  technologies: 'list',
  openRoles: 'list',
  jobCount: 'number',
  headcountGrowth: 'number',
  followersGrowth: 'number',
  jobCountChange: 'number',
  followers: 'number',
  keywords: 'text',
} as const;
export type PlaybookFact = keyof typeof FACT_KINDS;
export type FactKind = (typeof FACT_KINDS)[PlaybookFact];
export const PLAYBOOK_FACTS = Object.keys(FACT_KINDS) as PlaybookFact[];

export const OPERATORS = ['in', 'not-in', 'between', 'at-least', 'at-most', 'above', 'below', 'any', 'all', 'matches', 'within-days', 'present', 'absent'] as const;
export type Operator = (typeof OPERATORS)[number];

export const OPERATORS_BY_KIND: Record<FactKind, readonly Operator[]> = {
  number: ['between', 'at-least', 'at-most', 'above', 'below', 'in', 'not-in', 'present', 'absent'],
  category: ['in', 'not-in', 'matches', 'present', 'absent'],
  // funding stages sit on one ordered scale (lib/facts/funding.ts), so they compare like numbers
  stage: ['in', 'not-in', 'between', 'at-least', 'at-most', 'above', 'below', 'present', 'absent'],
  date: ['within-days', 'present', 'absent'],
  // on a list, `in` reads as "any of" and `not-in` as "none of"
  list: ['any', 'all', 'in', 'not-in', 'matches', 'present', 'absent'],
  text: ['matches', 'present', 'absent'],
};

/** Which operand keys each operator needs. */
export const OPERANDS: Record<Operator, readonly ('values' | 'value' | 'min' | 'max' | 'days')[]> = {
  in: ['values'],
  'not-in': ['values'],
  between: ['min', 'max'],
  'at-least': ['value'],
  'at-most': ['value'],
  above: ['value'],
  below: ['value'],
  any: ['values'],
  all: ['values'],
  matches: ['values'],
  'within-days': ['days'],
  present: [],
  absent: [],
};
