import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InsightsView } from '../../../components/options/InsightsView';
import { OutcomeSection } from '../../../components/panel/OutcomeSection';
import { icpPerformance } from '../../../lib/insights/performance';
import type { OutcomeRecord } from '../../../lib/insights/record';
import { starterPlaybook } from '../../../lib/playbook/templates';
import { dealSizes, money, points } from '../../../lib/view/insights-format';

const records: OutcomeRecord[] = Array.from({ length: 40 }, (_, i) => ({
  id: `r${i}`,
  facts: { industry: { value: i < 20 ? 'Software Development' : 'Retail' }, employees: { value: i < 20 ? 100 : 3 } },
  outcome: i < 20 ? (i % 4 ? 'won' : 'lost') : i % 5 ? 'lost' : 'won',
  ...(i % 3 === 0 && { value: 1000, currency: 'USD' }),
}));

describe('the insights view', () => {
  it('shows tiles, both charts with their figures as text, and the tables', () => {
    const html = renderToStaticMarkup(<InsightsView summary={icpPerformance(records, starterPlaybook(), '2026-12-01')} />);
    expect(html).toContain('Win rate, ICP-fit');
    expect(html).toMatch(/data-testid="chart-tiers"/);
    expect(html).toMatch(/data-testid="chart-lift"/);
    expect(html).toContain('strong evidence');
    expect(html).toContain('Criteria as a table');
    expect(html).toContain('aria-hidden="true"'); // the bars are decoration; the text carries the value
  });

  it('a criterion label from a hostile playbook is text', () => {
    const pb = starterPlaybook();
    pb.icps[0]!.criteria[0]!.label = '<img src=x onerror=alert(1)>';
    const html = renderToStaticMarkup(<InsightsView summary={icpPerformance(records, pb, '2026-12-01')} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('money per currency, never summed; unknown codes do not throw', () => {
    expect(money(12000, 'USD')).toBe('$12,000');
    expect(money(5, 'XQZ')).toMatch(/5/);
    expect(money(5, '')).toBe('5 (no currency)');
    expect(dealSizes([{ currency: 'USD', count: 2, average: 10 }, { currency: 'EUR', count: 1, average: 7 }])).toBe('$10 (2 deals) · €7 (1 deal)');
    expect(points(23.4)).toBe('+23 pts');
    expect(points(-5)).toBe('−5 pts');
    expect(points(null)).toBe('–');
  });
});

describe('the outcome section', () => {
  it('five choices in one radio group, the saved one checked, with value and dates', () => {
    const html = renderToStaticMarkup(<OutcomeSection outcome={{ status: 'won', value: 48000, currency: 'EUR', closedAt: '2026-04-15', updatedAt: 1 }} onSave={async () => undefined} />);
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(html.match(/<input[^>]*checked=""[^>]*>/g)).toEqual([expect.stringContaining('value="won"')]);
    expect(html).toContain('value="48000"');
    expect(html).toContain('value="2026-04-15"');
    expect(html).toContain('<legend');
  });

  it('without an outcome: nothing checked, and says what marking is for', () => {
    const html = renderToStaticMarkup(<OutcomeSection outcome={undefined} onSave={async () => undefined} />);
    expect(html).not.toContain('checked');
    expect(html).toContain('Options › Insights');
    expect(html).not.toContain('Deal value');
  });
});
