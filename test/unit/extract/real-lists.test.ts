// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import extract from '../../../cli/commands/extract';
import { extractList, replayListRow } from '../../../lib/extract/list-extract';
import { readList } from '../../../lib/extract/lists';
import type { PageType } from '../../../lib/facts/model';
import { parse, repoRoot } from './helpers';
import score from '../../../cli/commands/score';
import { scratch } from '../cli/run-cli';

// Real saved list pages nobody on this team wrote (../shared/real-pages, MANIFEST-lists.tsv; absent
// in a fresh clone: the suite skips). Each is read the way a user would debug it — `icp extract
// <page> --url <its URL>` — and every result row (name, headline, location, current company) or
// company card value a person reads on it is asserted. The content script's path (log, then replay
// in the background) must give the same rows.

const dir = path.resolve(repoRoot, '../shared/real-pages');
const present = existsSync(path.join(dir, 'MANIFEST-lists.tsv'));

type Row = Record<string, string>;
function manifest(): Row[] {
  const [head, ...lines] = readFileSync(path.join(dir, 'MANIFEST-lists.tsv'), 'utf8').trim().split('\n');
  const cols = head!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i]!, v])));
}

type Printed = { kind: string; facts: Record<string, { value: unknown; evidence: { text: string } } | undefined>; person: Record<string, unknown> | null; job?: Record<string, string> };
/** [name, headline, location, current company or '' , where the company was read] for a people search. */
type PersonLine = [string, string, string, string, string];

interface Spec {
  url: string;
  pageType: PageType;
  manifest: Record<string, string>;
  check: (rows: Printed[]) => void;
}

const people = (rows: Printed[]): PersonLine[] =>
  rows.map((r) => {
    const p = r.person ?? {};
    const company = (p.company as { name?: string } | undefined)?.name ?? '';
    return [String(p.name ?? ''), String(p.headline ?? ''), String(p.location ?? ''), company, String(p.companyFrom ?? '')];
  });
const TCS = 'Tata Consultancy Services';
const BLR = 'Bengaluru, Karnataka, India';

const SPECS: Record<string, Spec> = {
  'linkedin-search/brocc___linkedin-search-connections.html': {
    url: 'https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D&origin=FACETED_SEARCH',
    pageType: 'linkedin-search-people',
    manifest: { extra: 'Si Kai Lee (Data Scientist @ Gaimin, New York City Metropolitan Area), Jake Nyquist (Head of Protocol at Caldera, New York, NY), Dylan Sherry (Engineering Leader)' },
    check: (rows) => {
      expect(people(rows)).toEqual([
        ['Si Kai Lee', 'Data Scientist @ Gaimin | ex-PhD -> MA Statistics and Data Science + MS Computer Science', 'New York City Metropolitan Area', 'Gaimin', 'headline'],
        ['Jake Nyquist', 'Head of Protocol at Caldera', 'New York, NY', 'Caldera', 'headline'],
        ['Dylan Sherry', 'Engineering Leader', 'New York City Metropolitan Area', '', ''],
        ['Joseph Pan', 'CS Undergraduate at Rensselaer Polytechnic Institute', 'Queens, NY', 'Rensselaer Polytechnic Institute', 'headline'],
        ['Sidharth Shanker', 'Software Engineer at Baseten', 'Brooklyn, NY', 'Baseten', 'headline'],
        ['Maja Milinkovic', 'Software Engineer - Machine Learning Platform', 'Brooklyn, NY', '', ''],
        ['Jeremiah Rogers', 'Full-stack ML & data systems builder | Experience from seed stage to IPO | Ex-Meta, Flexport, Fin, & others', 'New York, NY', '', ''],
        ['AJ Ding', 'Founder | Building great software for SMBs', 'New York, NY', '', ''],
        ['Andriy Mulyar', 'Founder & CEO @ Nomic', 'New York, NY', 'Nomic', 'headline'],
        ['David Seeto', 'Passionate About Building', 'New York, NY', '', ''],
      ]);
      // a headline's company is a candidate, and says so
      expect(rows[0]!.facts.name?.evidence.text).toMatch(/^candidate from headline: Data Scientist @ Gaimin/);
      expect(rows.map((r) => r.person?.profileUrl)).toContain('https://www.linkedin.com/in/jake-nyquist');
    },
  },
  'linkedin-search/sirisha-gururaj__linkedin-scraper__debug_after_nav@d913e8d.html': {
    url: 'https://www.linkedin.com/search/results/people/?currentCompany=%5B%221353%22%5D&origin=FACETED_SEARCH',
    pageType: 'linkedin-search-people',
    manifest: { extra: 'Kapse Swathi (Graduate Trainee, Bengaluru, Karnataka, India; Current: ... at Tata Consultancy Services)' },
    check: (rows) => {
      expect(people(rows)).toEqual([
        ['Kapse Swathi', 'Graduate Trainee |', BLR, TCS, 'current'],
        ['Shalini M', 'Process associate at TCS', BLR, TCS, 'current'],
        ['Devika S.', 'Soft Skills Trainer at TCS', BLR, TCS, 'current'],
        ['Akhil P', 'Research Engineer', BLR, TCS, 'current'],
        // the row says "Past: Project Intern at Tata Consultancy Services": no current company is shown
        ['Krithi Shetty', 'Data Analyst', BLR, '', ''],
        ['Bhavya Kumar', 'Process Associate | Business Process Services | Supply Chain Management | Tata Consultancy Services', BLR, TCS, 'current'],
        ['Shreya Mishra', 'BBA Business Analytics', BLR, TCS, 'current'],
        ['Saivenkat V', 'HR - Campus Recruiter, Talent Acquisition Group at Tata Consultancy Services.', BLR, TCS, 'current'],
        ['Mufeed Rahman', 'HR operations | Travel Enthusiast |', BLR, TCS, 'current'],
        ['Lakshitha Shankarnarayan', 'Sr. Specialist HR Shared Services @ Target', BLR, 'Target', 'current'],
      ]);
      // the title is the current position's, not the headline's
      expect(rows[2]!.person?.title).toBe('Business skills Faculty');
      expect(rows[0]!.facts.name?.evidence.text).toBe('Current: Graduate Trainee at Tata Consultancy Services');
    },
  },
  'linkedin-jobs/tommywu-01__auto-job-apply__test_job_page.html': {
    // the posting's id, as the page's own data names it (urn:li:fsd_jobPosting:4368403070)
    url: 'https://www.linkedin.com/jobs/view/4368403070/',
    pageType: 'linkedin-job',
    manifest: { name: 'Kyndryl', industry: 'IT Services and IT Consulting', size_band: '10,001+ employees', employee_count: '60,894 on LinkedIn', followers: '557,099 followers', extra: 'Creative Technologist, New York, NY, 6 days ago' },
    check: ([row, ...rest]) => {
      expect(rest).toEqual([]);
      expect(values(row!)).toEqual({
        name: 'Kyndryl', linkedinUrl: 'https://www.linkedin.com/company/kyndryl', industry: 'IT Services and IT Consulting',
        employeeRange: { min: 10001, max: null }, employees: 60894, followers: 557099, openRoles: ['Creative Technologist'],
      });
      expect(row!.job).toEqual({ title: 'Creative Technologist', location: 'New York, NY', posted: '6 days ago', url: 'https://www.linkedin.com/jobs/view/4368403070/' });
    },
  },
  'linkedin-jobs/diegoale23__plataforma_gestion__job_detail_4207705658@7a7caf06.html': {
    url: 'https://www.linkedin.com/jobs/view/4207705658/',
    pageType: 'linkedin-job',
    manifest: { name: 'MANGO', industry: 'Comercio al por menor de prendas de vestir y moda', size_band: '10.001+ empleados', employee_count: '13.892 en LinkedIn', followers: '931.029 seguidores', extra: 'VENDEDOR/A - ESPACIO LEON' },
    check: ([row, ...rest]) => {
      expect(rest).toEqual([]);
      expect(values(row!)).toEqual({
        name: 'MANGO', linkedinUrl: 'https://www.linkedin.com/company/mango', industry: 'Comercio al por menor de prendas de vestir y moda',
        employeeRange: { min: 10001, max: null }, employees: 13892, followers: 931029, openRoles: ['VENDEDOR/A - ESPACIO LEON'],
      });
      // the evidence is the page's own text, dots and all
      expect(row!.facts.followers?.evidence.text).toBe('931.029 seguidores');
      expect(row!.job).toEqual({ title: 'VENDEDOR/A - ESPACIO LEON', location: 'León, Castilla y León, España', posted: 'hace 2 horas', url: 'https://www.linkedin.com/jobs/view/4207705658/' });
    },
  },
};

const values = (row: Printed) => Object.fromEntries(Object.entries(row.facts).map(([k, v]) => [k, v?.value]));

describe.skipIf(!present)('real saved list pages (../shared/real-pages, MANIFEST-lists.tsv)', () => {
  const rows = present ? manifest() : [];

  it('has a spec for every manifest row', () => {
    expect(rows.map((r) => r.local_file).sort()).toEqual(Object.keys(SPECS).sort());
  });

  describe.each(rows.map((r) => [r.local_file!, r] as const))('%s', (file, row) => {
    const spec = SPECS[file]!;
    const full = path.join(dir, file);

    it('is the file the manifest describes, and the manifest names the asserted values', () => {
      expect(createHash('sha256').update(readFileSync(full)).digest('hex')).toBe(row.sha256);
      for (const [col, want] of Object.entries(spec.manifest)) expect(row[col], col).toContain(want);
    });

    it('icp extract reads every row the page shows', async () => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await extract([full, '--url', spec.url], { out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(err).toEqual([]);
      expect(code).toBe(0);
      const printed = out.map((l) => JSON.parse(l) as Printed & { pageType: string });
      expect(new Set(printed.map((r) => r.pageType))).toEqual(new Set([spec.pageType]));
      spec.check(printed);
    });

    it('icp score accepts that output: one scored line per row, named as the row', async () => {
      const extracted: string[] = [];
      await extract([full, '--url', spec.url], { out: (l) => extracted.push(l), err: () => undefined });
      const input = scratch('icp-real-lists-').file('rows.jsonl', extracted.join('\n') + '\n');
      const out: string[] = [];
      const err: string[] = [];
      const code = await score(['--today', '2026-12-06', input], { out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(err).toEqual([]);
      expect(code).toBe(0);
      const lines = out.map((l) => JSON.parse(l) as { account: { name?: string }; results: { icpId: string }[] });
      expect(lines).toHaveLength(extracted.length);
      const printed = extracted.map((l) => JSON.parse(l) as Printed);
      // a person row is named "person · company" (or the person alone); a company row by its name
      expect(lines.map((l) => l.account.name)).toEqual(printed.map((p) => [p.person?.name, p.facts.name?.value].filter(Boolean).join(' · ') || undefined));
      expect(lines.every((l) => l.results.length > 0)).toBe(true);
    });

    it('the content script’s log, replayed, gives the same rows', () => {
      const doc = parse(readFileSync(full, 'utf8'));
      const deferred = readList(spec.pageType, spec.url, doc);
      const replayed = deferred.observation.rows.map((r, i) => replayListRow(r, deferred.logs![i]!, spec.pageType, spec.url));
      expect(replayed).toEqual(extractList(spec.url, doc)!.rows);
    });
  });
});
