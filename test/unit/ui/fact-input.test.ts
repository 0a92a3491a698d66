import { describe, expect, it } from 'vitest';
import { FactValues } from '../../../lib/facts/model';
import { FACT_INPUTS, editableFact, parseAmount, parseFactInput, toInputText, type FactInputKind } from '../../../lib/view/fact-input';

describe('fact input', () => {
  it.each<[FactInputKind, string, string, unknown]>([
    ['number', '120', '', 120],
    ['number', '1,200', '', 1200],
    ['number', '2.5m', '', 2_500_000],
    ['number', '$40k', '', 40_000],
    ['percent', '-5', '', -5],
    ['percent', '12%', '', 12],
    ['year', '2015', '', 2015],
    ['band', '51', '200', { min: 51, max: 200 }],
    ['band', '10001', '', { min: 10001, max: null }],
    ['list', 'Salesforce, HubSpot ,, Salesforce', '', ['Salesforce', 'HubSpot']],
    ['list', 'SAP; Oracle\nNetSuite', '', ['SAP', 'Oracle', 'NetSuite']],
    ['country', 'Germany', '', 'DE'],
    ['country', 'usa', '', 'US'],
    ['country', 'de', '', 'DE'],
    ['date', '2026-02-28', '', '2026-02-28'],
    ['text', '  Software Development ', '', 'Software Development'],
  ])('%s %j → %j', (kind, raw, raw2, expected) => {
    expect(parseFactInput(kind, raw, raw2)).toEqual({ ok: true, value: expected });
  });

  it.each<[FactInputKind, string, string]>([
    ['number', 'lots', ''],
    ['number', '-3', ''],
    ['year', '15', ''],
    ['year', '3015', ''],
    ['band', '', '10'],
    ['band', '200', '51'],
    ['list', ' , ', ''],
    ['country', 'Atlantis', ''],
    ['date', '2026-02-30', ''],
    ['date', '28/02/2026', ''],
    ['text', '   ', ''],
  ])('%s %j %j is refused with what to type', (kind, raw, raw2) => {
    const r = parseFactInput(kind, raw, raw2);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/\w{4,}/);
  });

  it('caps text at the fact limit', () => {
    expect(parseFactInput('text', 'x'.repeat(254), '', 253).ok).toBe(false);
  });

  it('every parsed value passes the fact schema the background checks', () => {
    const samples: Record<FactInputKind, [string, string]> = { number: ['12', ''], percent: ['-3', ''], year: ['2001', ''], band: ['1', '10'], list: ['a, b', ''], country: ['France', ''], date: ['2025-01-31', ''], text: ['example.com', ''] };
    for (const [fact, spec] of Object.entries(FACT_INPUTS)) {
      const parsed = parseFactInput(spec.kind, ...samples[spec.kind], spec.max);
      expect(parsed.ok, fact).toBe(true);
      if (parsed.ok) expect(FactValues.shape[fact as keyof typeof FactValues.shape].safeParse(parsed.value).success, fact).toBe(true);
    }
  });

  it('derived playbook facts are answered through the fact they come from', () => {
    expect(editableFact('hqRegion')).toBe('hqCountry');
    expect(editableFact('companyAge')).toBe('foundedYear');
    expect(editableFact('keywords')).toBe('specialties');
    expect(editableFact('technologies')).toBe('technologies');
    expect(editableFact(undefined)).toBeUndefined();
    expect(editableFact('toString')).toBeUndefined();
  });

  it('prefills the editor from the stored value', () => {
    expect(toInputText('band', { min: 51, max: 200 })).toEqual(['51', '200']);
    expect(toInputText('band', { min: 10001, max: null })).toEqual(['10001', '']);
    expect(toInputText('list', ['SAP', 'Oracle'])).toEqual(['SAP, Oracle', '']);
    expect(toInputText('country', 'DE')).toEqual(['Germany', '']);
    expect(toInputText('number', undefined)).toEqual(['', '']);
    expect(parseAmount('1e9')).toBeNull();
  });
});
