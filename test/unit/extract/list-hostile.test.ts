// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractList, replayListRow } from '../../../lib/extract/list-extract';
import { readList } from '../../../lib/extract/lists';
import { MAX_EVIDENCE_TEXT, MAX_LIST_ROWS, MAX_TEXT } from '../../../lib/facts/limits';
import { ListObservation } from '../../../lib/facts/list-model';
import { parse } from './helpers';

// List pages built to hurt: thousands of rows, huge and nested rows, script-like names, hostile
// links, a forged log. Reading stays bounded (rows, text, time), inert (text only) and never throws.

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=x';
/** Generous: the suite shares two cores; a runaway (quadratic) pass takes far longer. */
const BUDGET_MS = 15_000;

const row = (slug: string, name: string, headline = 'VP Sales at Acme', location = 'Berlin, Germany', extra = '') => `
  <div role="listitem"><div><div>
    <p><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/in/${slug}/">${name}</a><span> • 2nd</span></p>
    <p>${headline}</p><p>${location}</p>
  </div></div>${extra}</div>`;
const page = (rows: string) => `<main><div role="list">${rows}</div></main>`;

function read(html: string, url = SEARCH): { obs: ListObservation; ms: number } {
  const doc = parse(html);
  const t0 = performance.now();
  const obs = extractList(url, doc)!;
  const ms = performance.now() - t0;
  expect(ListObservation.safeParse(obs).success).toBe(true);
  for (const r of obs.rows) {
    expect(r.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_TEXT);
    for (const f of Object.values(r.facts)) expect(f?.evidence.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_TEXT);
    for (const v of Object.values(r.person ?? {})) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(MAX_TEXT);
  }
  return { obs, ms };
}

describe('hostile list pages', () => {
  it('2,000 rows: the first 1,000 are read, and the page says more were there', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(`p-${i}`, `Person ${i}`)).join('');
    const { obs, ms } = read(page(rows));
    expect(obs.rows).toHaveLength(MAX_LIST_ROWS);
    expect(obs.truncated).toBe(true);
    expect(obs.rows[999]!.person?.name).toBe('Person 999');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a megabyte of headline, and a row nested 2,000 deep: capped, finished', () => {
    const huge = 'Founder at Acme '.repeat(70_000);
    const deep = '<div>'.repeat(2000) + row('deep', 'Deep Person') + '</div>'.repeat(2000);
    const { obs, ms } = read(page(row('huge', 'Huge Person', huge) + deep));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(obs.rows.map((r) => r.person?.name)).toEqual(['Huge Person', 'Deep Person']);
    expect(obs.rows[0]!.person!.headline!.length).toBeLessThanOrEqual(600);
  });

  it('script-like names stay text; markup inside a name is not run and not read as markup', () => {
    const html = page(
      row('x1', '&lt;script&gt;alert(1)&lt;/script&gt;') +
        row('x2', 'Jane<img src="x" onerror="alert(2)"> Roe', '&lt;b&gt;VP&lt;/b&gt; at &lt;i&gt;Evil&lt;/i&gt;'),
    );
    const { obs } = read(html);
    expect(obs.rows[0]!.person?.name).toBe('<script>alert(1)</script>');
    expect(obs.rows[1]!.person?.name).toBe('Jane Roe');
    expect(obs.rows[1]!.facts.name?.value).toBe('<i>Evil</i>');
  });

  it('results that are not LinkedIn profiles or companies (scripts, other sites, posts) are not rows', () => {
    const html = page(
      `<div role="listitem"><p><a data-view-name="search-result-lockup-title" href="javascript:alert(1)//linkedin.com/in/x">Evil</a></p><p>CEO at Acme</p></div>` +
        `<div role="listitem"><p><a data-view-name="search-result-lockup-title" href="https://evil.example/in/jane/">Jane</a></p><p>CEO at Acme</p></div>` +
        `<div role="listitem"><p><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/feed/update/urn:li:activity:1/">A post</a></p><p>CEO at Acme</p></div>`,
    );
    expect(read(html).obs.rows).toEqual([]);
  });

  it('mutual connections inside a row are never results', () => {
    const mutual = `<p><a data-view-name="search-result-social-proof-insight" href="https://www.linkedin.com/in/friend/"><strong>Friend Name</strong></a> is a mutual connection</p>`;
    const { obs } = read(page(row('jane', 'Jane Roe', 'VP Sales at Acme', 'Berlin, Germany', mutual)));
    expect(obs.rows.map((r) => r.person?.name)).toEqual(['Jane Roe']);
    expect(JSON.stringify(obs)).not.toContain('Friend Name');
  });

  it('a placeholder row replayed from a forged log still names no account', () => {
    const member = page(row('ignored', 'LinkedIn Member', 'Director at Quillstone'));
    const deferred = readList('linkedin-search-people', SEARCH, parse(member));
    const forged = [{ name: 'name' as const, value: 'Quillstone', evidence: 'forged', via: '' }];
    const replayed = replayListRow(deferred.observation.rows[0]!, forged, 'linkedin-search-people', SEARCH);
    expect(replayed.placeholder).toBe('linkedin-member');
    expect(replayed.facts).toEqual({});
  });
});
