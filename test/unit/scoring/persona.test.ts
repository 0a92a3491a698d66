import { describe, expect, it } from 'vitest';
import { normaliseTitle, scoreAccount } from '../../../lib/scoring';
import { starterPlaybook } from '../../../lib/playbook/templates';
import { compilePlaybook } from '../../../lib/scoring';
import { playbookOf, TODAY } from './helpers';

const personas = [
  { id: 'founder', name: 'Founder / CEO', titles: ['Founder', 'CEO', 'President'] },
  { id: 'sales', name: 'Head of Sales', titles: ['Head of Sales', 'VP Sales', 'Sales Director', 'CRO'] },
  { id: 'revops', name: 'RevOps', titles: ['Revenue Operations', 'Sales Ops'] },
  { id: 'hr', name: 'HR leader', titles: ['HR Director', 'Head of People'] },
];
const pb = playbookOf([{ fact: 'industry', is: 'present' }], {}, { personas } as never);
const personaFor = (title: string) => scoreAccount({ facts: {}, person: { title } }, pb, { today: TODAY }).persona;

describe('persona from a job title', () => {
  it.each([
    ['VP Sales', 'sales'],
    ['Vice President of Sales', 'sales'],
    ['Vice-President, Sales (EMEA)', 'sales'],
    ['Sr. Director of Sales', 'sales'],
    ['Sales Dir.', 'sales'],
    ['Director, Sales', 'sales'],
    ['Chief Revenue Officer', 'sales'],
    ['CRO @ Acme', 'sales'],
    ['Head of Sales', 'sales'],
    ['head-of-sales', 'sales'],
    ['Sales Head, India', 'sales'],
    ['SVP Sales', 'sales'],
    ['Co-founder & CEO', 'founder'],
    ['Chief Executive Officer', 'founder'],
    ['RevOps Lead', 'revops'],
    ['Sales Operations Manager', 'revops'],
    ['Director of Human Resources', 'hr'],
    ['Head of People & Culture', 'hr'],
  ])('"%s" → %s', (title, id) => {
    expect(personaFor(title)?.id).toBe(id);
  });

  it.each(['Software Engineer', 'Account Executive', 'Product Owner', 'Salesforce Developer', 'HRIS Analyst', ''])('"%s" → no persona, never a guess', (title) => {
    expect(personaFor(title)).toBeNull();
  });

  it('the most specific pattern wins: "Vice President of Sales" is sales, not "President"', () => {
    expect(personaFor('Vice President of Sales')).toEqual({ id: 'sales', name: 'Head of Sales', matchedBy: 'VP Sales' });
  });

  it('a persona chosen by id wins over the title; an unknown id falls back to the title', () => {
    const score = (personaId: string) => scoreAccount({ facts: {}, person: { title: 'VP Sales' }, personaId }, pb, { today: TODAY }).persona?.id;
    expect(score('hr')).toBe('hr');
    expect(score('nobody')).toBe('sales');
    expect(scoreAccount({ facts: {}, personaId: 'Head of People' }, pb, { today: TODAY }).persona?.id).toBe('hr');
  });

  it('normalises case, punctuation and abbreviations the same way on both sides', () => {
    expect(normaliseTitle('Sr. VP, Sales & Mktg')).toBe('senior vice president sales and marketing');
    expect(normaliseTitle('Dir. of R&D')).toBe('director r and d');
  });

  it('the starter playbook recognises its six personas', () => {
    const starter = compilePlaybook(starterPlaybook());
    const id = (title: string) => scoreAccount({ facts: {}, person: { title } }, starter, { today: TODAY }).persona?.id;
    expect(id('VP of Sales')).toBe('head-of-sales');
    expect(id('Head of Growth')).toBe('vp-marketing');
    expect(id('Revenue Operations Manager')).toBe('revops');
    expect(id('Co-Founder')).toBe('founder-ceo');
    expect(id('Chief People Officer')).toBe('hr-leader');
    expect(id('IT Director')).toBe('it-leader');
    expect(id('Vice President of Customer Success')).toBeUndefined();
  });
});
