/**
 * The bundled sample account for the editor's live preview when no account is stored yet: a
 * made-up company whose facts touch most criteria of the starter playbook. Plain values, read by
 * the same parsers as a CSV row (toScoringFacts, in preview.ts, which runs in the background).
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
