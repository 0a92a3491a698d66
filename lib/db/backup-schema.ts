import { z } from 'zod';
import { Evidence, FactSource, FactValues, ObservedFacts, PageType, SavedPerson } from '../facts/model';
import { MAX_TEXT, MAX_URL } from '../facts/limits';
import { CurrencyCode, IsoDate, MAX_DEAL_VALUE } from '../insights/outcome';
import { OutcomeStatus } from '../insights/record';
import { parsePlaybookText } from '../playbook/validate';
import { ObservationRow, PlaybookRow, ResultRow, type SettingRow } from './rows';
import { AccountRow, AnswerRow, OutcomeRow } from '../accounts/account-row';
import { AccountHistory } from '../accounts/history';
import { SETTING_SPECS, isSettingKey } from './settings-schema';
import { MAX_BACKUP_CHARS } from '../messaging/protocol/backup';

/**
 * What a backup file must match, row by row. A backup is as untrusted as a page: every row is a
 * strict object (an unknown key is refused, not dropped), every string is capped, facts are checked
 * with the same schemas as page observations and rep edits, playbooks with the playbook validator,
 * settings with the settings registry. Caps are at least what live writes can produce, so an
 * export always restores (lib/db/backup-export.ts also checks each row before writing it).
 */

/** An identity key or account id: "domain:<host>", "li:<slug>" … (a slug comes from a URL path). */
const Key = z.string().min(1).max(MAX_URL + 64);
const Time = z.number().finite().nonnegative();
const Short = z.string().max(300);

/** Each fact's value schema; an object value (a size band) may carry no extra key. Built once: `.strict()` makes a new schema. */
const FACT_VALUE_SCHEMAS = new Map<string, z.ZodType>(
  Object.entries(FactValues.shape).map(([name, schema]: [string, z.ZodType]) => [name, schema instanceof z.ZodObject ? schema.strict() : schema]),
);

function factValueProblem(name: string, value: unknown): string | null {
  const schema = FACT_VALUE_SCHEMAS.get(name);
  if (!schema) return `unknown fact "${name.slice(0, 64)}"`;
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'invalid value');
}

const BackupFact = z
  // derived: worked out from the history (issue 20), e.g. headcount growth from two employee counts
  .object({ value: z.unknown(), source: FactSource, evidence: z.array(Evidence.strict()).max(20), observedAt: Time, derived: z.boolean().optional() })
  .strict();

const BackupFacts = z.record(z.string().max(64), BackupFact).superRefine((facts, ctx) => {
  for (const [name, fact] of Object.entries(facts)) {
    const problem = factValueProblem(name, fact.value);
    if (problem) ctx.addIssue({ code: 'custom', path: [name, 'value'], message: problem });
  }
});

// `.extend` keeps any field added to a row type later; the fields named here get tighter bounds.
export const BackupAccountRow = AccountRow.extend({
  id: Key,
  keys: z.array(Key).min(1).max(50),
  name: z.string().max(MAX_TEXT).optional(),
  domain: z.string().max(253).optional(),
  facts: BackupFacts,
  firstSeenAt: Time,
  lastSeenAt: Time,
  people: z.array(SavedPerson.strict()).max(50).optional(),
  // issue 20: capped per fact (history.ts); values bounded like any fact value, names checked
  history: AccountHistory.strict().optional(),
  changedAt: Time.optional(),
}).strict();

export const BackupObservationRow = ObservationRow.extend({
  id: z.string().min(1).max(200),
  accountId: Key,
  pageType: PageType,
  url: z.string().max(MAX_URL),
  facts: ObservedFacts,
  observedAt: Time,
}).strict();

export const BackupResultRow = ResultRow.extend({
  accountId: Key,
  playbookVersion: Short,
  scoredAt: Time,
  tier: Short.optional(),
  score: z.number().finite().nullable(),
  best: z
    .object({ icpId: Short, icpName: Short, tier: Short.nullable(), tierRank: z.number().finite(), tierCount: z.number().finite(), score: z.number().finite().nullable(), coverage: z.number().finite() })
    .strict()
    .nullable(),
}).strict();

export const BackupAnswerRow = AnswerRow.extend({ accountId: Key, criterionId: z.string().min(1).max(100), value: z.boolean(), answeredAt: Time }).strict();

/** The bounds the side panel's outcome form applies (lib/insights/outcome.ts). */
export const BackupOutcomeRow = OutcomeRow.extend({
  accountId: Key,
  status: OutcomeStatus,
  value: z.number().finite().nonnegative().max(MAX_DEAL_VALUE).optional(),
  currency: CurrencyCode.optional(),
  openedAt: IsoDate.optional(),
  closedAt: IsoDate.optional(),
  updatedAt: Time,
}).strict();

/** A kept playbook version: its text must be a valid playbook with the name and version the row claims. */
export const BackupPlaybookRow = PlaybookRow.extend({
  seq: z.number().int().positive().optional(),
  version: z.string().max(40),
  name: z.string().max(120),
  text: z.string().max(2_000_000),
  activatedAt: Time,
})
  .strict()
  .superRefine((row, ctx) => {
    const parsed = parsePlaybookText(row.text);
    if (!parsed.ok) {
      const e = parsed.errors[0];
      ctx.addIssue({ code: 'custom', path: ['text'], message: `not a valid playbook (${e?.path || 'file'}: ${e?.message ?? 'invalid'})` });
    } else if (parsed.playbook.name !== row.name || parsed.playbook.version !== row.version) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: `the row says "${row.name}" ${row.version}, its text is "${parsed.playbook.name}" ${parsed.playbook.version}` });
    }
  });

/** A settings row: a key the extension writes, with a value its schema accepts (strict: no extra key). */
export const BackupSettingRow = z
  .object({ key: z.string().max(100), value: z.unknown() })
  .strict()
  .superRefine((row, ctx) => {
    if (!isSettingKey(row.key)) return void ctx.addIssue({ code: 'custom', path: ['key'], message: `unknown setting "${row.key}"` });
    const r = SETTING_SPECS[row.key].schema.strict().safeParse(row.value);
    for (const issue of r.error?.issues.slice(0, 1) ?? []) ctx.addIssue({ code: 'custom', path: ['value', ...issue.path.map(String)], message: issue.message });
  });

export const BACKUP_FORMAT = 'icp-fit/backup@1';
export { MAX_BACKUP_CHARS };

export type Backup = {
  format: typeof BACKUP_FORMAT;
  exportedAt: string;
  accounts: AccountRow[];
  observations: ObservationRow[];
  results: ResultRow[];
  answers: AnswerRow[];
  outcomes: OutcomeRow[];
  playbooks: PlaybookRow[];
  settings: SettingRow[];
};

/** The tables of a backup, in file order, with the schema of one row and what names a row in a message. */
export const BACKUP_TABLES = {
  accounts: { row: BackupAccountRow, id: (r: Record<string, unknown>) => r.id },
  observations: { row: BackupObservationRow, id: (r: Record<string, unknown>) => r.id },
  results: { row: BackupResultRow, id: (r: Record<string, unknown>) => r.accountId },
  answers: { row: BackupAnswerRow, id: (r: Record<string, unknown>) => r.accountId },
  outcomes: { row: BackupOutcomeRow, id: (r: Record<string, unknown>) => r.accountId },
  playbooks: { row: BackupPlaybookRow, id: (r: Record<string, unknown>) => r.name },
  settings: { row: BackupSettingRow, id: (r: Record<string, unknown>) => r.key },
} as const;
export type BackupTable = keyof typeof BACKUP_TABLES;


/**
 * No text the extension stores is longer than a URL (descriptions 2,000, URLs 2,048, keys a URL's
 * path): a backstop over every string of a row, nested records included, whatever its schema says.
 * Playbook text has its own cap (the validator's 1 MB).
 */
export const MAX_ROW_STRING = MAX_URL + 64;
function longString(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.length > MAX_ROW_STRING ? path || '(value)' : null;
  if (!value || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const found = longString(v, path ? `${path}.${k}` : k);
    if (found) return found;
  }
  return null;
}

export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return `${path ? `field "${path.slice(0, 200)}"` : 'the row'}: ${issue.message.slice(0, 300)}`;
}

/** One row of a backup table: the parsed row (unknown nested keys dropped), or its first problem. */
export function checkRow(table: BackupTable, row: unknown): { ok: true; data: unknown } | { ok: false; problem: string } {
  const r = BACKUP_TABLES[table].row.safeParse(row);
  if (!r.success) return { ok: false, problem: describeIssue(r.error.issues[0]) };
  const long = table === 'playbooks' ? null : longString(r.data, '');
  return long ? { ok: false, problem: `field "${long.slice(0, 200)}": text longer than ${MAX_ROW_STRING} characters` } : { ok: true, data: r.data };
}
