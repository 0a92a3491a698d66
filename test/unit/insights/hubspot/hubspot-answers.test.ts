import { describe, expect, it } from 'vitest';
import { AccountInfo, BatchResponse, CompanyRecord, SearchResponse } from '../../../../lib/insights/hubspot/hubspot-schemas';
import { describeFailure, waitFor } from '../../../../lib/insights/hubspot/hubspot-errors';
import { Queue } from '../../../../lib/insights/hubspot/hubspot-state';

// Answers as HubSpot's CRM v3 reference documents them, and hostile ones.
const company = (id: string, domain: string) => ({ id, properties: { domain, name: 'Acme', createdate: '2026-01-01T00:00:00Z', hs_object_id: id }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', archived: false });

describe('HubSpot answers', () => {
  it('reads a search answer, a batch answer with errors (207) and the account details', () => {
    const search = SearchResponse.parse({ total: 1, results: [company('512', 'acme.io')], paging: { next: { after: '1' } } });
    expect(search.results[0]).toEqual({ id: '512', properties: { domain: 'acme.io', name: 'Acme', createdate: '2026-01-01T00:00:00Z', hs_object_id: '512' } });
    const batch = BatchResponse.parse({ status: 'COMPLETE', results: [company('1', 'a.io')], numErrors: 1, errors: [{ status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid', context: { ids: ['x'] } }], startedAt: 'x', completedAt: 'y' });
    expect(batch.errors?.[0]?.message).toBe('Property values were not valid');
    expect(AccountInfo.parse({ portalId: 12345678, accountType: 'STANDARD', timeZone: 'US/Eastern', uiDomain: 'app-eu1.hubspot.com', dataHostingLocation: 'eu1' })).toEqual({ portalId: 12345678, uiDomain: 'app-eu1.hubspot.com' });
  });

  it('refuses hostile answers: non-numeric ids, non-string values, huge lists and values', () => {
    expect(CompanyRecord.safeParse({ id: '../1', properties: {} }).success).toBe(false);
    expect(CompanyRecord.safeParse({ id: '1', properties: { domain: { toString: 'x' } } }).success).toBe(false);
    expect(CompanyRecord.safeParse({ id: '1', properties: { name: 'x'.repeat(2_001) } }).success).toBe(false);
    expect(CompanyRecord.safeParse({ id: '1', properties: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, 'v'])) }).success).toBe(false);
    expect(SearchResponse.safeParse({ total: 1, results: Array.from({ length: 201 }, (_, i) => company(String(i), 'a.io')) }).success).toBe(false);
    expect(AccountInfo.safeParse({ portalId: -1 }).success).toBe(false);
    // a __proto__ key is just a key: it does not reach the prototype
    const parsed = CompanyRecord.parse(JSON.parse('{"id":"1","properties":{"__proto__":"x","domain":"a.io"}}'));
    expect(({} as Record<string, unknown>).domain).toBeUndefined();
    expect(parsed.properties.domain).toBe('a.io');
  });
});

describe('HubSpot failures in words a rep can act on', () => {
  const body = (o: object) => JSON.stringify({ status: 'error', correlationId: 'c', ...o });

  it('401: the token, and where to paste a new one', () => {
    const p = describeFailure(401, body({ message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' }), null, 'crm.objects.companies.write');
    expect(p).toMatchObject({ kind: 'auth' });
    expect(p.message).toContain('invalid or expired');
  });

  it('403: names the missing scope — the one HubSpot names, else the one the call needs', () => {
    const named = describeFailure(403, body({ message: 'missing scopes', category: 'MISSING_SCOPES', context: { requiredScopes: ['crm.schemas.companies.write'] } }), null, 'crm.objects.companies.write');
    expect(named).toMatchObject({ kind: 'scope', scopes: ['crm.schemas.companies.write'] });
    expect(named.message).toContain('crm.schemas.companies.write');
    expect(describeFailure(403, 'not json', null, 'crm.objects.companies.write')).toMatchObject({ scopes: ['crm.objects.companies.write'] });
    // ten long scope names: the message still fits where the queue keeps its problem
    const many = Array.from({ length: 10 }, (_, i) => `crm.objects.custom_${i}_${'x'.repeat(59)}`);
    const long = describeFailure(403, body({ context: { requiredScopes: many } }), null, 'crm.objects.companies.write');
    expect(long).toMatchObject({ kind: 'scope', scopes: many });
    expect(long.message.length).toBeLessThanOrEqual(600);
    expect(Queue.shape.problem.safeParse(long.message).success).toBe(true);
    // a hostile "scope" is not repeated
    expect(describeFailure(403, body({ context: { requiredScopes: ['<img src=x>'] } }), null, 'crm.objects.companies.read')).toMatchObject({ scopes: ['crm.objects.companies.read'] });
  });

  it('429: waits as Retry-After says (seconds or a date), else by the policy', () => {
    expect(describeFailure(429, body({ policyName: 'SECONDLY' }), '3', 'x')).toMatchObject({ kind: 'rate', waitMs: 3_000 });
    expect(waitFor('Sun, 06 Dec 2026 10:00:05 GMT', undefined, Date.parse('2026-12-06T10:00:00Z'))).toBe(5_000);
    expect(waitFor(null, { policyName: 'SECONDLY' })).toBe(1_000);
    expect(waitFor(null, undefined)).toBe(10_000);
    expect(waitFor('99999999', undefined)).toBe(24 * 60 * 60 * 1000);
  });

  it('400: a validation error names the property', () => {
    const p = describeFailure(400, body({ category: 'VALIDATION_ERROR', message: 'Property values were not valid: [{"isValid":false,"message":"x was not one of the allowed options","error":"INVALID_OPTION","name":"industry"}]' }), null, 'x');
    expect(p).toMatchObject({ kind: 'validation', property: 'industry' });
    expect(p.message).toContain('"industry"');
    expect(describeFailure(400, body({ category: 'VALIDATION_ERROR', message: 'bad', context: { propertyName: ['numberofemployees'] } }), null, 'x')).toMatchObject({ property: 'numberofemployees' });
  });

  it('5xx and 409 say what they are; a huge message is cut', () => {
    expect(describeFailure(500, body({ message: 'x'.repeat(5_000) }), null, 'x').message.length).toBeLessThan(500);
    expect(describeFailure(502, '', null, 'x')).toMatchObject({ kind: 'server' });
    expect(describeFailure(409, body({ message: 'exists' }), null, 'x')).toMatchObject({ kind: 'conflict' });
  });
});
