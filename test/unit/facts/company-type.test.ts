import { describe, expect, it } from 'vitest';
import { COMPANY_TYPES, normaliseCompanyType } from '../../../lib/facts/company-type';
import { HOSTILE } from './hostile';

describe('normaliseCompanyType', () => {
  it.each([
    ['Public Company', 'public'], ['Publicly Held', 'public'], ['Privately Held', 'private'], ['Private', 'private'],
    ['Nonprofit', 'nonprofit'], ['Non-profit', 'nonprofit'], ['Not for profit', 'nonprofit'],
    ['Government Agency', 'government'], ['Educational', 'educational'], ['Educational Institution', 'educational'],
    ['Partnership', 'partnership'], ['Self-Employed', 'self-employed'], ['Self Employed', 'self-employed'],
    ['Sole Proprietorship', 'sole-proprietorship'], ['Self-Owned', 'self-owned'], ['  privately   held ', 'private'],
  ])('%j → %s', (input, expected) => expect(normaliseCompanyType(input)).toBe(expected));

  it('maps every canonical type to itself', () => {
    for (const t of COMPANY_TYPES) expect(normaliseCompanyType(t)).toBe(t);
  });

  it.each([['Public Health'], ['Higher Education'], ['Government Administration'], ['Startup'], ['Company'], ['']])('%j → null', (input) =>
    expect(normaliseCompanyType(input)).toBeNull(),
  );

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null', (input) => expect(normaliseCompanyType(input as string)).toBeNull());
});
