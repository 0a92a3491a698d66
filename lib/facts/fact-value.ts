import { z } from 'zod';
import { MAX_ITEM, MAX_LIST, MAX_URL } from './limits';
import { Range } from './model';

/**
 * Any one fact's value, bounded, for places that carry a value of a fact not known in advance
 * (a content script's log entry, a rep edit in an account's history). Each fact's own schema in
 * FactValues still checks the exact type where the value is used; this only caps the size, so a
 * hostile sender cannot make us parse, keep or store megabytes under a fact's name.
 */
export const AnyFactValue = z.union([
  z.string().max(MAX_URL),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(MAX_ITEM)).max(MAX_LIST),
  Range.strict(),
]);
export type AnyFactValue = z.infer<typeof AnyFactValue>;
