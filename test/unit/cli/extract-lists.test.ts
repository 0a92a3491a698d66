import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { icp, scratch } from './run-cli';

// `icp extract` on a saved list page prints one JSON object per row, and `icp score` reads that
// output back: the command line shows exactly what the extension reads from a list, and scores it.

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const fixture = (name: string) => path.join(fixtures, name);
const starter = path.resolve(import.meta.dirname, '../../../lib/playbook/templates/starter.json');
const { file } = scratch('icp-lists-');

type Row = { kind: string; pageType: string; url: string; key: string; facts: Record<string, { value: unknown; evidence: { source: string; text: string } }>; person: Record<string, unknown> | null; job?: Record<string, unknown>; placeholder?: string; text: string };
const rows = (out: string[]) => out.map((l) => JSON.parse(l) as Row);

describe('icp extract on a list page', () => {
  it('prints one JSON object per row: kind, the page fact shape, the person as shown', async () => {
    const url = 'https://www.linkedin.com/search/results/people/?keywords=sales';
    const r = await icp('extract', fixture('linkedin/search-people.loggedin-2025.html'), '--url', url);
    expect(r.code).toBe(0);
    const [nadia, tom, sara, ravi] = rows(r.out);
    expect(r.out).toHaveLength(4);
    expect(nadia).toMatchObject({ kind: 'person', pageType: 'linkedin-search-people', url, key: 'https://www.linkedin.com/in/nadia-haddad-revops' });
    expect(nadia!.facts.name).toEqual({ value: 'Kestrel Payments', evidence: { source: 'linkedin-search-people', url, text: 'Current: Revenue Operations Lead at Kestrel Payments' } });
    expect(nadia!.person).toMatchObject({ name: 'Nadia Haddad', title: 'Revenue Operations Lead', companyFrom: 'current' });
    // the headline's company is a candidate, and its evidence says so
    expect(tom!.facts.name?.evidence.text).toBe('candidate from headline: Account Executive @ Northwind Robotics');
    expect(sara!.facts).toEqual({});
    expect(ravi!.facts).toEqual({});
  });

  it('prints a People tab’s company first, then its people; a People tab without cards stays a page', async () => {
    const url = 'https://www.linkedin.com/company/northbeam-health/people/';
    const list = rows((await icp('extract', fixture('linkedin/company-people.list-2025.html'), '--url', url)).out);
    expect(list.map((r) => r.kind)).toEqual(['company', 'person', 'person', 'person']);
    expect(list[0]!.facts.employees?.value).toBe(4812);
    expect(list[1]!.facts.linkedinUrl?.value).toBe('https://www.linkedin.com/company/northbeam-health');
    expect(list[2]!.placeholder).toBe('linkedin-member');
    const page = await icp('extract', fixture('linkedin/company-people.loggedin-2025.html'), '--url', url);
    expect(JSON.parse(page.out.join('\n'))).toMatchObject({ pageType: 'linkedin-company-people', missing: [] });
  });

  it('prints a job posting as its hiring company’s row, with the posting', async () => {
    const r = await icp('extract', fixture('linkedin/job.loggedin-es-2025.html'), '--url', 'https://es.linkedin.com/jobs/view/4198765432/');
    const [row] = rows(r.out);
    expect(row!.kind).toBe('company');
    expect(row!.facts.followers?.value).toBe(12480);
    expect(row!.job).toEqual({ title: 'Responsable de tienda', location: 'Valencia, Comunidad Valenciana, España', posted: 'hace 5 días', url: 'https://www.linkedin.com/jobs/view/4198765432/' });
  });

  it('says so on stderr when a list page shows no rows it recognises', async () => {
    const empty = file('empty-search.html', '<html><body><main><h2>No results found</h2></main></body></html>');
    const r = await icp('extract', empty, '--url', 'https://www.linkedin.com/search/results/people/?keywords=zzz');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toMatch(/no rows recognised on this linkedin-search-people page/);
  });
});

describe('icp score on extracted rows', () => {
  it('scores each row of `icp extract` output, names it, and picks a person row’s persona from the title', async () => {
    const extracted = await icp('extract', fixture('linkedin/search-people.loggedin-2025.html'), '--url', 'https://www.linkedin.com/search/results/people/');
    const jobs = await icp('extract', fixture('linkedin/jobs-search.loggedin-2025.html'), '--url', 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678');
    const input = file('rows.jsonl', [...extracted.out, ...jobs.out].join('\n') + '\n');
    const r = await icp('score', '--playbook', starter, '--today', '2026-12-06', input);
    expect(r.code).toBe(0);
    const lines = r.out.map((l) => JSON.parse(l) as { account: { index: number; name?: string }; results: { tier: string | null; coverage: number }[]; persona?: { id: string } | null });
    expect(lines.map((l) => l.account.name)).toEqual([
      'Nadia Haddad · Kestrel Payments', 'Tom Becker · Northwind Robotics', 'Sara Lind', 'Ravi Iyer', 'Lumen Ledger', 'Quillstone', undefined,
    ]);
    expect(lines[0]!.persona?.id).toBe('revops');
    // the job card's company facts (industry, band, employees, followers) are scored: coverage above zero
    expect(lines[4]!.results.some((x) => x.coverage > 0)).toBe(true);
  });

  it('reads a page’s own `icp extract` output (pretty JSON) as one account', async () => {
    const page = await icp('extract', fixture('linkedin/company.loggedin-2025.html'), '--url', 'https://www.linkedin.com/company/acme/');
    const input = file('page.json', page.out.join('\n'));
    const r = await icp('score', '--today', '2026-12-06', input);
    expect(r.code).toBe(0);
    const [line] = r.out.map((l) => JSON.parse(l) as { account: { name?: string }; issues?: string[] });
    expect(line!.account.name).toBe(JSON.parse(page.out.join('\n')).facts.name.value);
    expect(line!.issues).toBeUndefined();
  });

  it('keeps the input’s line numbers when rows and bad lines are mixed', async () => {
    const extracted = await icp('extract', fixture('linkedin/search-companies.loggedin-2024.html'), '--url', 'https://www.linkedin.com/search/results/companies/');
    const input = file('mixed.jsonl', [extracted.out[0], '', '{not json', extracted.out[1]].join('\n'));
    const r = await icp('score', '--today', '2026-12-06', input);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/line 3: not valid JSON/);
    expect(r.out.map((l) => (JSON.parse(l) as { account: { index: number } }).account.index)).toEqual([1, 3, 4]);
  });
});
