import { toScoringFacts, type ScoringFacts } from '../../scoring';

/**
 * The bundled sample account for the editor's live preview when no account is stored yet: a
 * made-up company whose facts touch most criteria of the starter playbook.
 */
export const SAMPLE_ACCOUNT = {
  id: 'sample',
  name: 'Sample: Northwind Cloud (made up)',
  facts: {
    industry: 'Software Development',
    employees: '51-200',
    hqCountry: 'United States',
    fundingStage: 'Series A',
    foundedYear: 2019,
    technologies: 'HubSpot; Segment',
    openRoles: 'SDR; Account Executive',
    jobCount: 6,
  } as Record<string, unknown>,
};

export function sampleFacts(): ScoringFacts {
  return toScoringFacts(SAMPLE_ACCOUNT.facts, 'import').facts;
}

/** Local calendar date, the scorer's "today" (the same rule the background uses). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
