import type { FactName, PageObservation, PageType } from '../facts/model';
import { WEBSITE_EXPECTED } from './website/expected';

// What each page type usually shows. `missing` lists what was not found; the content script keeps
// re-reading a LinkedIn page (late rendering, SPA navigation) until it is complete or times out.

const TOP_CARD: FactName[] = ['name', 'industry', 'hqCity', 'hqCountry', 'followers', 'linkedinUrl'];

// Page types not listed expect nothing: list pages are read row by row (lists.ts), and an unknown page has no facts.
const EXPECTED: Partial<Record<PageType, FactName[]>> = {
  'linkedin-company': [...TOP_CARD, 'employeeRange', 'website'],
  'linkedin-company-about': [
    ...TOP_CARD, 'description', 'website', 'domain', 'employeeRange', 'employees', 'foundedYear', 'companyType', 'specialties',
  ],
  'linkedin-company-jobs': ['name', 'linkedinUrl', 'jobCount', 'openRoles'],
  'linkedin-company-people': ['name', 'linkedinUrl', 'employees'],
  'linkedin-profile': ['name'],
  'salesnav-company': ['name', 'industry', 'employeeRange', 'hqCity', 'hqCountry', 'salesNavUrl'],
  'salesnav-lead': ['name'],
  'crunchbase-org': [
    'name', 'crunchbaseUrl', 'website', 'domain', 'employeeRange', 'hqCity', 'hqCountry', 'foundedYear', 'fundingStage',
    'lastFundingDate', 'lastFundingAmount', 'totalFunding',
  ],
  'company-website': WEBSITE_EXPECTED,
};

/** Page types about a person: their `missing` also lists person.<field>. */
export const PERSON_PAGES: readonly PageType[] = ['linkedin-profile', 'salesnav-lead'];

/** Facts a page of this type usually shows. */
export function expectedFacts(pageType: PageType): FactName[] {
  return [...(EXPECTED[pageType] ?? [])];
}

/** True when the page's markup was read: at least the company's or the person's name. */
export function isRecognised(obs: PageObservation): boolean {
  if (obs.pageType === 'unknown') return false;
  // a company page in a language we do not read, with nothing else on it (core/lang.ts): not an empty company
  if (obs.missing.some((m) => m.startsWith('language:'))) return false;
  return obs.facts.name !== undefined || !!obs.person?.name;
}

const any = (obs: PageObservation, names: FactName[]) => names.some((n) => obs.facts[n] !== undefined);
const every = (obs: PageObservation, names: FactName[]) => names.every((n) => obs.facts[n] !== undefined);

/**
 * True when re-reading the page would not add what matters: e.g. a company Home tab once name,
 * industry and the size band or followers are read; the About tab once its field list was read.
 */
export function isComplete(obs: PageObservation): boolean {
  const p = obs.person;
  switch (obs.pageType) {
    case 'linkedin-company':
      return every(obs, ['name', 'industry']) && any(obs, ['employeeRange', 'followers']);
    case 'linkedin-company-about':
      return every(obs, ['name', 'industry', 'employeeRange']) && any(obs, ['website', 'hqCity', 'foundedYear']);
    case 'linkedin-company-jobs':
      return every(obs, ['name']) && any(obs, ['jobCount', 'openRoles']);
    case 'linkedin-company-people':
      return every(obs, ['name', 'employees']);
    case 'linkedin-profile':
    case 'salesnav-lead':
      return !!(p?.name && (p.title || p.headline) && p.company?.name);
    case 'salesnav-company':
      return every(obs, ['name', 'industry']) && any(obs, ['employeeRange', 'employees']);
    case 'crunchbase-org':
      return every(obs, ['name']) && any(obs, ['fundingStage', 'employeeRange']);
    default:
      // a company website is read once, when you ask; list pages row by row
      return true;
  }
}
