import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/main';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['extract', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('icp extract', () => {
  it('prints page type, facts with evidence, person and missing for a saved page', async () => {
    const { code, out } = await cli(path.join(fixtures, 'linkedin/company-about.loggedin-2025.html'), '--url', 'https://www.linkedin.com/company/quillstone/about/');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.pageType).toBe('linkedin-company-about');
    expect(json.facts.employeeRange).toEqual({
      value: { min: 51, max: 200 },
      evidence: { source: 'linkedin-company-about', url: 'https://www.linkedin.com/company/quillstone/about/', text: 'Company size: 51-200 employees' },
    });
    expect(json.facts.employees.value).toBe(164);
    expect(json.person).toBeNull();
    expect(json.missing).toEqual(['companyType']);
  });

  it('takes the URL from the page (canonical, else og:url) when --url is not given', async () => {
    const guest = JSON.parse((await cli(path.join(fixtures, 'linkedin/company.guest-2024.html'))).out);
    expect(guest.url).toBe('https://uk.linkedin.com/company/brightwave-logistics');
    expect(guest.pageType).toBe('linkedin-company');
    const site = JSON.parse((await cli(path.join(fixtures, 'website/company-website.opengraph-only.html'))).out);
    expect(site.url).toBe('https://fernhill.coffee/');
    expect(site.facts.name.value).toBe('Fernhill Coffee Roasters');
  });

  it('detects a page with no address by its markup, and prints per-technology evidence for websites', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icp-extract-'));
    const file = path.join(dir, 'profile.html');
    writeFileSync(file, '<div class="pv-text-details__left-panel"><h1>Jane Roe</h1><div class="text-body-medium break-words">VP Sales at Acme</div></div>');
    const profile = JSON.parse((await cli(file)).out);
    expect(profile.pageType).toBe('linkedin-profile');
    expect(profile.person).toMatchObject({ name: 'Jane Roe', title: 'VP Sales', company: { name: 'Acme' } });
    const site = JSON.parse((await cli(path.join(fixtures, 'website/company-website.jsonld-graph.html'))).out);
    expect(site.technologies).toContainEqual({ name: 'HubSpot', category: 'marketing-automation', evidence: 'script/link js.hs-scripts.com/8812345.js' });
  });

  it('fails with a usage message on bad arguments', async () => {
    expect((await cli()).code).toBe(1);
    expect((await cli('--bogus', 'x.html')).err).toMatch(/unknown option --bogus/);
    expect((await cli(path.join(fixtures, 'nope.html'))).err).toMatch(/cannot read/);
    expect((await cli(path.join(fixtures, 'website/company-website.no-tech.html'), '--url', 'javascript:alert(1)')).code).toBe(1);
    expect((await cli(path.join(fixtures, 'website/company-website.no-tech.html'), '--url')).err).toMatch(/--url needs a value/);
  });
});
