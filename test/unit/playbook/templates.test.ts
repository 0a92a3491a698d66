import { describe, expect, it } from 'vitest';
import { starterPlaybook, starterPlaybookText } from '../../../lib/playbook/templates';
import { parsePlaybookText } from '../../../lib/playbook/validate';
import { compilePlaybook, scoreAccount, toScoringFacts } from '../../../lib/scoring';

describe('starter playbook', () => {
  const parsed = parsePlaybookText(starterPlaybookText);

  it('is valid, without warnings', () => {
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(starterPlaybook().name).toBe('ICP Fit starter playbook');
  });

  it('gives each caller its own copy: an edit to one is not in the next (unit test files share their thread)', () => {
    const edited = starterPlaybook();
    const label = edited.icps[0]!.criteria[0]!.label;
    edited.icps[0]!.criteria[0]!.label = '<img src=x onerror=alert(1)>';
    expect(starterPlaybook().icps[0]!.criteria[0]!.label).toBe(label);
  });

  const pb = starterPlaybook();
  it('ships the five ICPs modelled on the seeds', () => {
    expect(pb.icps.map((i) => i.id)).toEqual(['outbound-saas', 'growth-agency', 'supply-chain-mfg', 'hr-midmarket', 'frontline-comms']);
  });

  it.each(pb.icps.map((i) => [i.id, i] as const))('%s: points sum to exactly 100, tiers A 70 / B 40 / C 0 with actions, disqualifiers, segments', (_id, icp) => {
    expect(icp.criteria.reduce((n, c) => n + c.points, 0)).toBe(100);
    expect(icp.tiers.map((t) => [t.name, t.min])).toEqual([['A', 70], ['B', 40], ['C', 0]]);
    expect(icp.tiers.every((t) => t.action)).toBe(true);
    expect(icp.disqualifiers.length).toBeGreaterThan(0);
    expect(icp.segments.length).toBeGreaterThan(0);
    expect(new Set(icp.criteria.map((c) => c.layer)).size).toBeGreaterThanOrEqual(3);
  });

  it('has the six personas, each with titles, talking points and questions', () => {
    expect(pb.personas.map((p) => p.name)).toEqual(['Founder / CEO', 'Head of Sales', 'VP Marketing', 'RevOps', 'HR leader', 'IT leader']);
    for (const p of pb.personas) {
      expect(p.titles.length).toBeGreaterThan(2);
      expect(p.talkingPoints.length).toBeGreaterThan(1);
      expect(p.questions.length).toBeGreaterThan(1);
    }
  });

  const compiled = compilePlaybook(pb);
  const best = (values: Record<string, unknown>, title?: string) => {
    const r = scoreAccount({ facts: toScoringFacts(values).facts, person: { title } }, compiled, { today: '2026-11-23' });
    return { top: `${r.results[0]!.icpId}:${r.results[0]!.tier}`, r };
  };

  it('puts typical accounts in the ICP they were written for', () => {
    expect(best({ industry: 'Computer Software', employees: '51-200', hqCountry: 'US', fundingStage: 'Series A', technologies: 'HubSpot', openRoles: 'SDR', lastFundingDate: '2026-10-01' }).top).toBe('outbound-saas:A');
    expect(best({ industry: 'Machinery Manufacturing', employees: 600, revenue: '$200M', hqCountry: 'Germany', technologies: 'SAP' }).top).toBe('supply-chain-mfg:A');
    expect(best({ industry: 'Hospital & Health Care', employees: '1,001-5,000', hqCountry: 'GB', jobCount: 80, openRoles: 'Nurse; Caregiver' }).top).toBe('frontline-comms:A');
  });

  it('gives the persona a talking point with the account’s facts and no gaps', () => {
    const { r } = best({ name: 'Acme', industry: 'Computer Software', employees: 80, hqCountry: 'US', technologies: 'Salesforce; jQuery', openRoles: 'BDR' }, 'VP Sales');
    const outbound = r.results.find((x) => x.icpId === 'outbound-saas')!;
    expect(r.persona?.id).toBe('head-of-sales');
    expect(outbound.talkingPoints).toContain('Your team already lives in Salesforce: the fit score sits next to it, not in another tab.');
    expect(outbound.talkingPoints.join(' ')).not.toMatch(/\{\{|undefined|NaN/);
  });
});
