import { describe, expect, it } from 'vitest';
import { buildReview } from '../../../lib/insights/review';
import { defaultPeriods } from '../../../lib/insights/review-periods';
import type { Playbook } from '../../../lib/playbook/schema';
import { compilePlaybook } from '../../../lib/scoring';
import { mdText, reviewFileName, reviewMarkdown } from '../../../lib/view/review-report';
import { planted, reviewPlaybook, reviewRecord } from '../insights/review-fixtures';

const TODAY = '2026-12-06';
const HOSTILE_NAME = 'Evil <img src=x onerror=alert(1)> [click](javascript:alert(1)) | x | www.evil.example\n# Owned';
const HOSTILE_LABEL = '<script>alert(1)</script> | ![a](https://evil.example/t.png) `code` **b**';

function hostilePlaybook(): Playbook {
  const p = reviewPlaybook();
  p.name = 'Team <b>playbook</b>';
  p.icps[0]!.criteria[1]!.label = HOSTILE_LABEL;
  return p;
}

function report(records = [...planted('2026-05-01', 60, 0.5, 0.5), ...planted('2026-08-01', 60, 0.8, 0.1)]) {
  const r = buildReview({ records, compiled: compilePlaybook(hostilePlaybook()), playbookKey: 'k', versions: [], versionsComplete: true, today: TODAY, periods: defaultPeriods(TODAY) });
  return { review: r, md: reviewMarkdown(r) };
}

/** The characters of a Markdown line that are not backslash-escaped. */
function unescaped(line: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === ch) n++;
  }
  return n;
}

describe('the review report (Markdown)', () => {
  it('shows hostile company names and criterion labels as text, never as markup', () => {
    const won = reviewRecord('2026-08-02', { software: true, won: true, value: 99_999, name: HOSTILE_NAME });
    const { md } = report([...planted('2026-05-01', 60, 0.5, 0.5), ...planted('2026-08-01', 60, 0.8, 0.1), won]);
    expect(md).toContain('Evil \\<img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(javascript\\:alert\\(1\\)\\) \\| x \\| www\\.evil\\.example \\# Owned');
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\> \\| \\!\\[a\\]\\(https\\://evil\\.example/t\\.png\\) \\`code\\` \\*\\*b\\*\\*');
    expect(md).toContain('Team \\<b\\>playbook\\</b\\>');
    for (const line of md.split('\n')) {
      for (const ch of ['<', '>', '[', ']', '`', '&']) expect(unescaped(line, ch), `${ch} in: ${line}`).toBe(0);
      // a name never starts a line of its own (a heading, a list item)
      expect(line.startsWith('# Owned')).toBe(false);
    }
  });

  it('keeps every table row to its columns, whatever the cells say', () => {
    const won = reviewRecord('2026-08-02', { software: true, won: true, name: HOSTILE_NAME });
    const { md } = report([...planted('2026-08-01', 60, 0.8, 0.1), won]);
    const tables = md.split('\n\n').filter((b) => b.startsWith('| '));
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const t of tables) {
      const lines = t.split('\n');
      const columns = unescaped(lines[0]!, '|');
      for (const l of lines) expect(unescaped(l, '|'), l).toBe(columns);
    }
  });

  it('says "no outcomes" for an empty period, never 0%', () => {
    const { md } = report(planted('2026-08-01', 40, 0.8, 0.1));
    const q2 = md.slice(md.indexOf('## 2026 Q2'), md.indexOf('## 2026 Q3'));
    expect(q2).toContain('No outcomes');
    expect(q2).not.toContain('0%');
    expect(md).toContain('not comparable (too few closed accounts)');
  });

  it('carries the per-tier figures, the versions, the criteria change and the suggested edits', () => {
    const { md } = report();
    expect(md).toMatch(/^# Quarterly ICP review: 2026 Q2 vs 2026 Q3\n/);
    expect(md).toMatch(/\| Tier A \| \d+ \| \d+% \(\d+ won\) \|/);
    expect(md).toContain('Playbook in use when they closed: the built\\-in starter playbook (60)');
    expect(md).toContain('| Software industry | ±0 pts, could be chance (60 closed) | −70 pts, strong evidence (60 closed) | lost predictive power |');
    expect(md).toContain('## Suggested edits');
    expect(md).toContain('- ICP "Core"\\: criterion "Industry\\: Software Development" now tests industry in Software Development');
    expect(md).toContain('  - Evidence: Industry\\: Software Development');
  });

  it('escapes a long or multi-line text onto one capped line', () => {
    expect(mdText('a\r\nb\u2028c\u0000d')).toBe('a b c d');
    expect(mdText('x'.repeat(1000)).length).toBeLessThanOrEqual(300);
  });

  it('names the file from the periods, with nothing but letters, digits and dashes', () => {
    const { review } = report();
    expect(reviewFileName(review)).toBe('icp-review-2026-q2-vs-2026-q3.md');
    const odd = { ...review, periods: [{ ...review.periods[0], period: { ...review.periods[0].period, label: '../../etc/passwd' } }, review.periods[1]] as typeof review.periods };
    expect(reviewFileName(odd)).toBe('icp-review-etc-passwd-vs-2026-q3.md');
  });
});
