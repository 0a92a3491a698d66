import type { FactName } from '../../facts/model';

/**
 * What a company website usually shows. Technologies are not expected: many real pages (an
 * article, a legal page) carry none, and "no technologies found" is a normal result, not a gap.
 */
export const WEBSITE_EXPECTED: FactName[] = ['name', 'domain', 'website'];
