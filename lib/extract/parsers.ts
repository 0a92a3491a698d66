import { countryCode } from '../facts/location';
import { parseLocation } from '../facts/location-parse';
import { normaliseFundingStage } from '../facts/funding';
import { parseCount, parseEmployeeBand, parseMoney, parseRevenueBand } from '../facts/numbers';
import { registrableDomain } from '../facts/registrable-domain';
import type { Parsers } from './core/deferred';
import { readField } from './linkedin/labels-read';

/** The real parsers (see core/deferred.ts): used wherever bundle size does not matter. */
export const PARSERS: Parsers = {
  count: parseCount,
  band: parseEmployeeBand,
  money: (t) => parseMoney(t),
  revenueBand: (t) => parseRevenueBand(t),
  stage: normaliseFundingStage,
  place: parseLocation,
  // a country name or code ("United States", "US", "gb") → ISO-2
  country: (t) => countryCode(t) ?? (/^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : null),
  // a website URL or host → its registrable domain by the Public Suffix List (the tenant on shared hosts)
  domain: registrableDomain,
  // a label and its values, or a value placed by the layout, in any language we read → facts
  field: readField,
};
