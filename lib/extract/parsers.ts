import { countryCode, parseLocation } from '../facts/location';
import { normaliseFundingStage } from '../facts/funding';
import { parseCount, parseEmployeeBand, parseMoney, parseRevenueBand } from '../facts/numbers';
import type { Parsers } from './core/deferred';

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
};
