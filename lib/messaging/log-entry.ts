import { z } from 'zod';
import { FACT_NAMES, type FactName } from '../facts/model';
import { MAX_TEXT } from '../facts/limits';
import { AnyFactValue } from '../facts/fact-value';
import { MAX_LOG } from '../extract/core/deferred';

/** A content script's recorded put (lib/extract/core/deferred.ts), as it arrives from a page. */
export const LogEntry = z.object({
  name: z.enum(FACT_NAMES as [FactName, ...FactName[]]),
  kind: z.enum(['count', 'band', 'money', 'revenueBand', 'stage', 'place', 'country', 'domain', 'field']).optional(),
  /** capped: the content script sends the value as kept or the text still to parse (facts.ts) */
  value: AnyFactValue,
  evidence: z.string().max(MAX_TEXT),
  via: z.string().max(100),
});
export { MAX_LOG };
