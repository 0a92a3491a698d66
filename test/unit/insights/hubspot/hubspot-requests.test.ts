import { describe, expect, it } from 'vitest';
import {
  accountInfo,
  batchCreate,
  batchUpdate,
  BATCH_LIMIT,
  createCompany,
  createGroup,
  createProperties,
  recordUrl,
  searchByDomains,
  updateCompany,
} from '../../../../lib/insights/hubspot/hubspot-requests';

// The request shapes of HubSpot's CRM v3 reference (URLs in hubspot-requests.ts).
describe('HubSpot request builders', () => {
  it('searches one domain with EQ and several with IN, in one filter group', () => {
    expect(searchByDomains(['acme.io'])).toEqual({
      method: 'POST',
      path: '/crm/v3/objects/companies/search',
      body: { filterGroups: [{ filters: [{ propertyName: 'domain', operator: 'EQ', value: 'acme.io' }] }], properties: ['name', 'domain', 'hubspot_owner_id', 'lifecyclestage'], limit: 100 },
    });
    const many = searchByDomains(['a.io', 'b.io'], ['domain']).body as { filterGroups: { filters: unknown[] }[]; properties: string[] };
    expect(many.filterGroups).toEqual([{ filters: [{ propertyName: 'domain', operator: 'IN', values: ['a.io', 'b.io'] }] }]);
    expect(many.properties).toEqual(['domain']);
    expect(searchByDomains(['a.io'], ['domain'], 'p2').body).toMatchObject({ after: 'p2', limit: 100 });
  });

  it('refuses an empty search and more than 100 domains (the IN limit)', () => {
    expect(() => searchByDomains([])).toThrow(RangeError);
    expect(() => searchByDomains(Array.from({ length: 101 }, (_, i) => `d${i}.io`))).toThrow(RangeError);
  });

  it('creates with POST and updates with PATCH on the record id (encoded)', () => {
    expect(createCompany({ name: 'Acme', domain: 'acme.io' })).toEqual({ method: 'POST', path: '/crm/v3/objects/companies', body: { properties: { name: 'Acme', domain: 'acme.io' } } });
    expect(updateCompany('123', { domain: 'acme.io' })).toEqual({ method: 'PATCH', path: '/crm/v3/objects/companies/123', body: { properties: { domain: 'acme.io' } } });
    expect(updateCompany('../x?y', {}).path).toBe('/crm/v3/objects/companies/..%2Fx%3Fy');
  });

  it('batches at most 100 inputs, as { inputs: [{ properties }] } and { inputs: [{ id, properties }] }', () => {
    expect(batchCreate([{ domain: 'a.io' }])).toEqual({ method: 'POST', path: '/crm/v3/objects/companies/batch/create', body: { inputs: [{ properties: { domain: 'a.io' } }] } });
    expect(batchUpdate([{ id: '7', properties: { domain: 'a.io' } }])).toEqual({ method: 'POST', path: '/crm/v3/objects/companies/batch/update', body: { inputs: [{ id: '7', properties: { domain: 'a.io' } }] } });
    const over = Array.from({ length: BATCH_LIMIT + 1 }, () => ({ domain: 'a.io' }));
    expect(() => batchCreate(over)).toThrow(RangeError);
    expect(() => batchUpdate(over.map((properties) => ({ id: '1', properties })))).toThrow(RangeError);
    expect(() => batchCreate([])).toThrow(RangeError);
  });

  it('creates the ICP Fit group and every property in it', () => {
    expect(accountInfo()).toEqual({ method: 'GET', path: '/account-info/v3/details' });
    expect(createGroup()).toEqual({ method: 'POST', path: '/crm/v3/properties/companies/groups', body: { name: 'icp_fit', label: 'ICP Fit', displayOrder: -1 } });
    const props = createProperties();
    expect(props).toHaveLength(8);
    for (const p of props) {
      expect(p).toMatchObject({ method: 'POST', path: '/crm/v3/properties/companies', body: { groupName: 'icp_fit' } });
      const body = p.body as { name: string; type: string; fieldType: string };
      expect(body.name).toMatch(/^icp_fit_[a-z_]+$/);
      // the pairs HubSpot accepts
      expect([['string', 'text'], ['string', 'textarea'], ['number', 'number'], ['date', 'date']]).toContainEqual([body.type, body.fieldType]);
    }
  });

  it('links to the record on the portal, only ever on a hubspot.com host', () => {
    expect(recordUrl({ portalId: 42, uiDomain: 'app-eu1.hubspot.com' }, '9001')).toBe('https://app-eu1.hubspot.com/contacts/42/record/0-2/9001');
    expect(recordUrl({ portalId: 42, uiDomain: 'evil.example/app.hubspot.com' }, '9001')).toBe('https://app.hubspot.com/contacts/42/record/0-2/9001');
    expect(recordUrl({ portalId: 42 }, '9001')).toBe('https://app.hubspot.com/contacts/42/record/0-2/9001');
  });
});
