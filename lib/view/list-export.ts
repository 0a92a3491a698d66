import { crmCsv, type CrmAccount, type CrmTarget } from '../insights/crm-export';
import type { OutcomeStatus } from '../insights/record';
import type { ListRowModel } from './list-model';

// "Export CSV" on a list page: the rows in the same CRM company-import shape as the Accounts export
// (lib/insights/crm-export.ts builds the columns; nothing is copied here). A CRM imports companies,
// so a person row stands for their current company, and a company named twice is one line.

const LINKEDIN_COMPANY = /^https:\/\/(www\.)?linkedin\.com\/company\/[^/?#]+/i;

// record.ts holds the statuses with zod beside them: the panel takes the type only, and the compiler
// checks this table names every status and no other.
const OUTCOMES: Record<OutcomeStatus, true> = { won: true, lost: true, open: true, 'good-fit': true, 'bad-fit': true };
const isOutcome = (s: string | undefined): s is OutcomeStatus => s !== undefined && Object.hasOwn(OUTCOMES, s);

/** The company a row stands for in a CRM import; undefined when it names none (placeholders, no company). */
function companyOf(r: ListRowModel): { name: string; linkedinUrl?: string } | undefined {
  if (r.placeholder) return undefined;
  if (r.kind === 'company') {
    const url = r.href && LINKEDIN_COMPANY.exec(r.href)?.[0];
    return { name: r.name, ...(url ? { linkedinUrl: url } : {}) };
  }
  const name = r.company?.trim();
  return name ? { name } : undefined;
}

export function toCrmAccount(r: ListRowModel, today: string): CrmAccount | undefined {
  const company = companyOf(r);
  if (!company) return undefined;
  const s = r.source;
  const outcome = s.known?.outcome;
  return {
    name: company.name,
    facts: company.linkedinUrl ? { linkedinUrl: { value: company.linkedinUrl } } : {},
    best: r.bestIcp
      ? { icpName: r.bestIcp.name, tier: s.tier ?? null, score: r.score, coverage: s.coverage, criteria: [], disqualifiers: [] }
      : undefined,
    scoredAt: today,
    ...(isOutcome(outcome) ? { outcome } : {}),
    ...(s.crm ? { crm: { matched: s.crm.matched, matchedBy: s.crm.matchedBy, owner: s.crm.owner, stage: s.crm.stage, lastActivity: s.crm.lastActivity } } : {}),
  };
}

/** The CSV for the rows shown (best first), and how many rows named no company and were left out. */
export function listCsv(rows: readonly ListRowModel[], target: CrmTarget, today: string): { csv: string; rows: number; skipped: number } {
  const seen = new Set<string>();
  const accounts: CrmAccount[] = [];
  let skipped = 0;
  for (const r of rows) {
    const a = toCrmAccount(r, today);
    if (!a) {
      skipped++;
      continue;
    }
    const key = a.name!.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    accounts.push(a);
  }
  return { csv: crmCsv(accounts, target), rows: accounts.length, skipped };
}
