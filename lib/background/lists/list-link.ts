import { db } from '../../db/database';
import type { AccountRow } from '../../accounts/account-row';
import { identityKeys } from '../../accounts/identity';
import type { ListRow } from '../../facts/list-model';

// A row is a stored account only when identity says so: a LinkedIn company slug or Sales Navigator
// id the account holds, or (a row that only names its company) exactly the name of one stored
// account. A placeholder ("LinkedIn Member", "Confidential Company") is nobody: it links to nothing.

/** "  ACME   Inc " → "acme inc": names compare after trimming, collapsing spaces and case. */
export const normalName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The row's identity keys (li:, sn:, domain:, cb:), from what the row shows of the company. */
export function rowKeys(row: ListRow): string[] {
  if (row.placeholder) return [];
  return identityKeys({ pageType: 'unknown', url: '', facts: row.facts, missing: [] });
}

const rowName = (row: ListRow): string | undefined => (row.placeholder ? undefined : (row.facts.name?.value ?? undefined));

/** The stored account each row is, by row key (rows that are no stored account are absent). */
export async function linkRows(rows: readonly ListRow[]): Promise<Map<string, AccountRow>> {
  const keys = [...new Set(rows.flatMap(rowKeys))];
  const byKey = new Map<string, AccountRow>();
  if (keys.length) for (const a of await db().accounts.where('keys').anyOf(keys).toArray()) for (const k of a.keys) byKey.set(k, a);
  const out = new Map<string, AccountRow>();
  const unlinked: ListRow[] = [];
  for (const row of rows) {
    const found = rowKeys(row).map((k) => byKey.get(k)).find(Boolean);
    if (found) out.set(row.key, found);
    else if (rowName(row)) unlinked.push(row);
  }
  const byName = await accountsByName(unlinked.map((r) => rowName(r)!));
  for (const row of unlinked) {
    const found = byName.get(normalName(rowName(row)!));
    if (found) out.set(row.key, found);
  }
  return out;
}

/** Stored accounts by normalised name; a name two accounts share names neither (ambiguous is no identity). */
async function accountsByName(names: string[]): Promise<Map<string, AccountRow>> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (!wanted.length) return new Map();
  const found = await db().accounts.where('name').anyOfIgnoreCase(wanted).toArray();
  const out = new Map<string, AccountRow | null>();
  for (const a of found) {
    const n = normalName(a.name ?? '');
    out.set(n, out.has(n) && out.get(n)?.id !== a.id ? null : a);
  }
  return new Map([...out].filter((e): e is [string, AccountRow] => e[1] !== null));
}
