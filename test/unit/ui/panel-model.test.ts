import { describe, expect, it } from 'vitest';
import { toPanelModel } from '../../../lib/view/panel-model';
import { initials, tierClass } from '../../../lib/view/header-basics';
import { copyAllText } from '../../../lib/view/copy-text';
import { linkedinHref, nextSteps, websiteHref } from '../../../lib/view/next-steps';
import { ACME, viewFor } from './view-factory';
import { topReasons } from '../../../components/panel/PopupSummary';
import type { IcpCard } from '../../../lib/view/model';

describe('panel model', () => {
  it.each([
    ['Acme Analytics', 'AA'],
    ['beta', 'BE'],
    ['  ', '?'],
    ['Ünïcode Ltd', 'ÜL'],
    ['🚀 Rocket', 'RO'],
    ['<img src=x onerror=alert(1)>', 'IS'],
    ['شركة أمثلة', 'شأ'],
  ])('initials(%j) = %j', (name, expected) => expect(initials(name)).toBe(expected));

  it('colours tiers by rank, DQ red, no score neutral', () => {
    expect(tierClass({ tier: 'A', tierRank: 0, tierCount: 3 })).toBe('top');
    expect(tierClass({ tier: 'B', tierRank: 1, tierCount: 3 })).toBe('mid');
    expect(tierClass({ tier: 'C', tierRank: 2, tierCount: 3 })).toBe('low');
    expect(tierClass({ tier: 'DQ', tierRank: 4, tierCount: 3 })).toBe('dq');
    expect(tierClass({ tier: null, tierRank: 3, tierCount: 3 })).toBe('none');
  });

  it('the popup leads with disqualifiers, then the heaviest known criteria', () => {
    const icp = {
      disqualifiers: [{ id: 'd', reason: 'Government' }],
      criteria: [
        { id: 'a', label: 'Small thing', state: 'matched', points: 5 },
        { id: 'b', label: 'Big thing', state: 'missed', points: 30 },
        { id: 'c', label: 'Unknown thing', state: 'unknown', points: 50 },
        { id: 'e', label: 'Half thing', state: 'partial', points: 20 },
      ],
    } as unknown as IcpCard;
    expect(topReasons(icp)).toEqual(['✗ Government', '✗ Big thing', '◐ Half thing']);
  });
});


describe('panel model from a scored view', () => {
  it('lists facts in a fixed order, the rep\'s own marked "Entered by you" without page evidence', () => {
    const model = toPanelModel(viewFor({ ...ACME, technologies: { value: ['Salesforce'], source: 'rep' } }))!;
    const tech = model.facts.find((f) => f.fact === 'technologies')!;
    expect(tech).toMatchObject({ byRep: true, sourceLabel: 'Entered by you', valueText: 'Salesforce', evidence: [] });
    const industry = model.facts.find((f) => f.fact === 'industry')!;
    expect(industry).toMatchObject({ byRep: false, sourceLabel: 'LinkedIn company page' });
    expect(industry.evidence[0]).toMatchObject({ text: 'Industry: Software Development', url: 'https://www.linkedin.com/company/acme/' });
    expect(model.facts.map((f) => f.fact).slice(0, 4)).toEqual(['name', 'domain', 'industry', 'employees']);
    expect(model.addable.map((a) => a.fact)).toContain('openRoles');
    expect(model.addable.map((a) => a.fact)).not.toContain('industry');
  });

  it('criteria carry the edit for their (derived) fact, yes/no for qualitative ones, and always a question', () => {
    const model = toPanelModel(viewFor(ACME))!;
    const icp = model.icps.find((i) => i.id === 'outbound-saas')!;
    const region = icp.criteria.find((c) => c.id === 'region-na-europe')!;
    expect(region.edit).toMatchObject({ fact: 'hqCountry', kind: 'country', current: 'US' });
    const budget = icp.criteria.find((c) => c.id === 'sales-owns-budget')!;
    expect(budget).toMatchObject({ qualitative: true, state: 'unknown', question: 'Who signs off on new sales tools?' });
    expect(budget.edit).toBeUndefined();
    for (const c of icp.criteria) expect(c.question.length).toBeGreaterThan(5);
  });

  it('shows the rep\'s answer as the value', () => {
    const model = toPanelModel(viewFor(ACME, { answers: { 'sales-owns-budget': false } }))!;
    const budget = model.icps.find((i) => i.id === 'outbound-saas')!.criteria.find((c) => c.id === 'sales-owns-budget')!;
    expect(budget).toMatchObject({ state: 'missed', answered: false, valueText: 'No (your answer)' });
  });

  it('a profile picks its persona from the title; the rep\'s pick wins', () => {
    const auto = toPanelModel(viewFor(ACME, { person: { name: 'Conor Walsh', title: 'VP Sales, EMEA' } }))!;
    expect(auto.persona).toMatchObject({ id: 'head-of-sales', name: 'Head of Sales' });
    expect(auto.personaChoice).toBeUndefined();
    expect(auto.personas.length).toBeGreaterThan(3);
    const picked = toPanelModel(viewFor(ACME, { person: { title: 'VP Sales' }, personaId: 'revops' }))!;
    expect(picked.persona).toMatchObject({ id: 'revops' });
    expect(picked.personaChoice).toBe('revops');
  });

  it('"copy all" is plain text: who, tier and score, why, unknowns, talking points, questions, playbook', () => {
    const model = toPanelModel(viewFor(ACME, { person: { name: 'Conor Walsh', title: 'VP Sales' }, answers: { 'sales-owns-budget': true } }))!;
    const icp = model.icps.find((i) => i.id === 'outbound-saas')!;
    const text = copyAllText(model, icp);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Acme Analytics (acme-analytics.io)');
    expect(lines[1]).toMatch(/^Outbound sales tool: .*: Tier [ABC] · score \d+\/100 · coverage \d+% \(could range \d+–\d+\)/);
    expect(text).toContain('Contact: Conor Walsh, VP Sales');
    expect(text).toContain('Persona: Head of Sales');
    expect(text).toContain('✓ B2B software or internet company: Software Development');
    expect(text).toContain('✓ The sales leader owns the tooling budget: Yes (your answer)');
    expect(text).toMatch(/\nUnknown:\n\? Runs HubSpot, Salesforce or Pipedrive/);
    expect(text).toMatch(/\nDiscovery questions:\n- Which CRM/);
    expect(lines.at(-1)).toMatch(/^Scored with ICP Fit starter playbook v/);
  });

  it('too little known: what to look at next, links only to real hosts', () => {
    const steps = nextSteps(viewFor({ name: { value: 'Kestrel' }, linkedinUrl: { value: 'https://www.linkedin.com/company/31415926' } }).account!);
    expect(steps.map((s) => s.text)[0]).toBe('Open their website to detect their stack');
    expect(steps[1]).toMatchObject({ href: 'https://www.linkedin.com/company/31415926' });
    expect(websiteHref('acme-analytics.io')).toBe('https://acme-analytics.io/');
    expect(websiteHref('javascript:alert(1)')).toBeUndefined();
    expect(websiteHref('evil.com/@x')).toBeUndefined();
    expect(linkedinHref('javascript:alert(1)')).toBeUndefined();
    expect(linkedinHref('https://linkedin.com.evil.io/company/x')).toBeUndefined();
    expect(nextSteps(viewFor({ ...ACME, technologies: { value: ['SAP'] } }).account!).map((s) => s.text)).not.toContain('Open their website to detect their stack');
  });
});

describe('values as a rep reads them', () => {
  it('regions, countries, years and money read naturally', async () => {
    const { criterionValueText, factValueText } = await import('../../../lib/view/panel-facts');
    expect(criterionValueText('hqRegion', ['north-america'])).toBe('North America');
    expect(criterionValueText('hqCountry', 'DE')).toBe('Germany');
    expect(criterionValueText('companyAge', 7)).toBe('7 years');
    expect(criterionValueText('employees', { min: 51, max: 200 })).toBe('51–200');
    expect(factValueText('foundedYear', 2019)).toBe('2019');
    expect(factValueText('revenue', 12_000_000)).toBe('$12M');
    expect(factValueText('technologies', ['SAP', 'Oracle'])).toBe('SAP, Oracle');
  });
});
