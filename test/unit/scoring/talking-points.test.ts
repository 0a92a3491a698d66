import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../../lib/scoring';
import { format, joinNaturally } from '../../../lib/scoring/template';
import { facts, playbookOf, TODAY } from './helpers';

const criteria = [
  { id: 'crm', label: 'Runs a CRM', fact: 'technologies', is: 'any', values: ['HubSpot', 'Salesforce'], points: 30, layer: 'technographic' },
  { id: 'hiring', label: 'Hiring SDRs', fact: 'openRoles', is: 'matches', values: ['SDR', 'BDR'], points: 30, layer: 'signal', question: 'Are they growing the sales team?' },
  { id: 'size', label: '20–150 employees', fact: 'employees', is: 'between', min: 20, max: 150, points: 30 },
  { id: 'budget', label: 'Sales owns the budget', layer: 'qualitative', points: 10 },
];
const icp = { segments: [{ id: 'startup', name: 'Startup', fact: 'employees', is: 'at-most', value: 50 }] };
const persona = (talkingPoints: unknown[], questions: string[] = []) => ({ personas: [{ id: 'p', name: 'Head of Sales', titles: ['Head of Sales'], talkingPoints, questions }] });

function points(tps: unknown[], values: Record<string, unknown>, questions: string[] = []) {
  const pb = playbookOf(criteria, icp, persona(tps, questions) as never);
  return scoreAccount({ facts: facts(values), personaId: 'p' }, pb, { today: TODAY }).results[0]!;
}

describe('talking points', () => {
  it('fills placeholders from facts, derived facts and extras', () => {
    const r = points(
      [{ text: '{{name}} ({{domain}}) has {{employees}} people in {{hqRegion}}, founded {{companyAge}} years ago, {{openRoles.count}} open roles.' }],
      { name: 'Acme', domain: 'acme.io', employeeRange: { min: 51, max: 200 }, hqCountry: 'Germany', foundedYear: 2016, jobCount: 1200 },
    );
    expect(r.talkingPoints).toEqual(['Acme (acme.io) has 51–200 people in Europe, founded 10 years ago, 1,200 open roles.']);
  });

  it('leaves out a point whose placeholder has no value: never {{…}}, undefined or NaN', () => {
    const r = points([{ text: 'Hi {{name}}' }, { text: 'Raised {{lastFundingAmount}} at {{fundingStage}}' }, { text: 'Always shown' }], { name: 'Acme' });
    expect(r.talkingPoints).toEqual(['Hi Acme', 'Always shown']);
    expect(r.talkingPoints.join(' ')).not.toMatch(/\{\{|undefined|NaN|null/);
  });

  it('an empty list or blank text is no value either', () => {
    const r = points([{ text: 'Stack: {{technologies}}' }, { text: 'About: {{tagline}}' }], { technologies: [], tagline: '   ' });
    expect(r.talkingPoints).toEqual([]);
  });

  it('lists are joined naturally; money reads as money', () => {
    expect(points([{ text: 'Uses {{technologies}}.' }], { technologies: ['React', 'Segment', 'Stripe'] }).talkingPoints).toEqual(['Uses React, Segment and Stripe.']);
    expect(points([{ text: 'Raised {{lastFundingAmount}}.' }], { lastFundingAmount: 12_500_000 }).talkingPoints).toEqual(['Raised $12.5M.']);
    expect(joinNaturally(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
    expect(format({ min: 10_000_000, max: 50_000_000 }, 'revenue')).toBe('$10M–$50M');
    expect(format({ min: 10001, max: null })).toBe('10,001+');
    expect(format(NaN)).toBeNull();
  });

  it('`if` keeps a point for accounts where those criteria matched', () => {
    const tps = [{ text: 'CRM point', if: 'crm' }, { text: 'Both', if: ['crm', 'hiring'] }];
    expect(points(tps, { technologies: ['HubSpot'] }).talkingPoints).toEqual(['CRM point']);
    expect(points(tps, { technologies: ['HubSpot'], openRoles: ['SDR'] }).talkingPoints).toEqual(['CRM point', 'Both']);
    expect(points(tps, { technologies: ['React'], openRoles: ['SDR'] }).talkingPoints).toEqual([]);
    expect(points(tps, {}).talkingPoints).toEqual([]);
  });

  it('`segment` keeps a point for accounts in that segment', () => {
    const tps = [{ text: 'Startup point', segment: 'startup' }];
    expect(points(tps, { employees: 30 }).talkingPoints).toEqual(['Startup point']);
    expect(points(tps, { employees: 300 }).talkingPoints).toEqual([]);
  });

  it('a list placeholder in a point tied to a criterion names what that criterion matched', () => {
    const tps = [{ text: 'You already run {{technologies}}.', if: 'crm' }, { text: 'Hiring: {{openRoles}}.', if: 'hiring' }];
    const r = points(tps, { technologies: ['jQuery', 'HubSpot', 'React'], openRoles: ['Senior SDR', 'Backend Engineer'] });
    expect(r.talkingPoints).toEqual(['You already run HubSpot.', 'Hiring: Senior SDR.']);
  });

  it('{{segment}} and {{icp}} name the segment and the ICP', () => {
    expect(points([{ text: '{{segment}} / {{icp}}' }], { employees: 10 }).talkingPoints).toEqual(['Startup / Test ICP']);
    expect(points([{ text: '{{segment}}' }], { employees: 100 }).talkingPoints).toEqual([]);
  });

  it('no persona → no talking points', () => {
    const pb = playbookOf(criteria, icp, persona([{ text: 'x' }]) as never);
    expect(scoreAccount({ facts: {} }, pb, { today: TODAY }).results[0]!.talkingPoints).toEqual([]);
  });
});

describe('discovery questions', () => {
  it('every unknown criterion, heaviest first, written or generated from the label; then the persona’s', () => {
    const r = points([], { employees: 30 }, ['What does a rep’s first 90 days look like?']);
    expect(r.questions).toEqual(['Can you confirm: runs a CRM?', 'Are they growing the sales team?', 'Can you confirm: sales owns the budget?', 'What does a rep’s first 90 days look like?']);
  });

  it('known criteria ask nothing; a question is asked once', () => {
    const r = points([], { employees: 30, technologies: ['HubSpot'], openRoles: [] }, ['Can you confirm: sales owns the budget?']);
    expect(r.questions).toEqual(['Can you confirm: sales owns the budget?']);
  });

  it('generated questions keep acronyms as written', () => {
    const pb = playbookOf([{ label: 'SOC 2 certified', layer: 'qualitative' }]);
    expect(scoreAccount({ facts: {} }, pb, { today: TODAY }).results[0]!.questions).toEqual(['Can you confirm: SOC 2 certified?']);
  });
});
