import { toScoringFacts, type ScoringFacts } from '../scoring';
import { SAMPLE_ACCOUNT } from '../playbook/edit/preview-sample';

export { SAMPLE_ACCOUNT };

/** The sample account's facts, as the scorer reads them. */
export function sampleFacts(): ScoringFacts {
  return toScoringFacts(SAMPLE_ACCOUNT.facts, 'import').facts;
}
