import { describe, expect, it } from 'vitest';
import { detectMapping, findColumn, outcomeOf, outcomeOfFlags } from '../../../lib/insights/columns';

describe('detectMapping', () => {
  it('a HubSpot companies/deals export', () => {
    const header = ['Record ID', 'Company name', 'Company Domain Name', 'Industry', 'Number of Employees', 'Annual Revenue', 'Country/Region', 'Deal Stage', 'Amount', 'Create Date', 'Close Date', 'Lifecycle Stage'];
    expect(detectMapping(header)).toEqual({ name: 1, domain: 2, industry: 3, employees: 4, revenue: 5, country: 6, outcome: 7, amount: 8, createdAt: 9, closedAt: 10 });
  });

  it('a HubSpot lifecycle export (no deal stage) uses the lifecycle stage', () => {
    expect(detectMapping(['Company name', 'Lifecycle Stage', 'Industry'])).toEqual({ name: 0, outcome: 1, industry: 2 });
  });

  it('a Salesforce opportunities export: Stage wins over the Won/Closed flags', () => {
    const header = ['Account Name', 'Website', 'Industry', 'Employees', 'Annual Revenue', 'Billing Country', 'Stage', 'Amount', 'Created Date', 'Close Date', 'Won', 'Closed'];
    expect(detectMapping(header)).toEqual({ name: 0, domain: 1, industry: 2, employees: 3, revenue: 4, country: 5, outcome: 6, amount: 7, createdAt: 8, closedAt: 9, closed: 11 });
  });

  it('without a stage column, the Won flag is the outcome', () => {
    expect(detectMapping(['Account Name', 'Won', 'Closed', 'Close Date'])).toEqual({ name: 0, won: 1, closed: 2, closedAt: 3 });
  });

  it('the most specific name wins a longer header; one vague word does not', () => {
    expect(detectMapping(['Last Funding Stage (Crunchbase)', 'Opportunity Stage (pipeline)', 'Deal Name'])).toEqual({ fundingStage: 0, outcome: 1 });
  });

  it('any case, spacing and punctuation', () => {
    expect(detectMapping(['  INDUSTRY ', 'number_of_employees', 'close-date'])).toEqual({ industry: 0, employees: 1, closedAt: 2 });
  });
});

describe('findColumn', () => {
  it('by name in any case, or by 1-based number', () => {
    const header = ['Name', 'Deal Stage', 'Won?'];
    expect(findColumn(header, 'deal stage')).toBe(1);
    expect(findColumn(header, 'won')).toBe(2);
    expect(findColumn(header, '1')).toBe(0);
    expect(findColumn(header, '4')).toBeNull();
    expect(findColumn(header, 'Outcome')).toBeNull();
  });
});

describe('outcomeOf', () => {
  it.each([
    ['Closed Won', 'won'], ['closedwon', 'won'], ['closedlost', 'lost'], ['Won', 'won'], ['customer', 'won'], ['Customer', 'won'], ['Evangelist', 'won'],
    ['Closed Lost', 'lost'], ['lost', 'lost'], ['Churned', 'lost'], ['churn', 'lost'], ['Former customer', 'lost'], ['Cancelled', 'lost'],
    ['Bad fit', 'bad-fit'], ['good fit', 'good-fit'], ['TRUE', 'won'], ['no', 'lost'],
    ['Appointment Scheduled', 'open'], ['Prospecting', 'open'], ['Negotiation/Review', 'open'], ['Lead', 'open'], ['Opportunity', 'open'],
  ])('%j → %s', (text, status) => {
    expect(outcomeOf(text)).toBe(status);
  });

  it('blank is no outcome (the row is skipped)', () => {
    expect(outcomeOf('')).toBeNull();
    expect(outcomeOf('  ')).toBeNull();
  });

  it('Won/Closed flags', () => {
    expect(outcomeOfFlags('true', 'true')).toBe('won');
    expect(outcomeOfFlags('FALSE', 'TRUE')).toBe('lost');
    expect(outcomeOfFlags('0', '0')).toBe('open');
    expect(outcomeOfFlags('no', undefined)).toBe('lost');
    expect(outcomeOfFlags('', '1')).toBeNull();
    expect(outcomeOfFlags('maybe', '1')).toBeNull();
  });
});
