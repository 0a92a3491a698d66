import type { IcpDatabase } from './database';
import { decodePack, INPUT_PACKS, inputPackOf, type InputPackRow, type ScoringInputRow } from './input-pack';

/**
 * Reading the scoring inputs (what scoring reads of each account, scoring-inputs.ts), stored
 * packed in columns in `inputPacks` (schema 5, input-pack.ts). Writes happen only in the
 * middleware, with the account they follow. Each function runs in the caller's transaction when
 * there is one (it must include `inputPacks`), else in its own.
 */
export { INPUT_PACKS, inputPackOf } from './input-pack';

export async function getInput(database: IcpDatabase, accountId: string): Promise<ScoringInputRow | undefined> {
  const row = await database.transaction('r', database.inputPacks, () => database.inputPacks.get(inputPackOf(accountId)));
  return row ? decodePack(row, (id) => id === accountId)[0] : undefined;
}

/** The inputs of `ids` that exist, in pack order. Past a quarter of the packs, one scan of them all beats a request per pack. */
export async function getInputs(database: IcpDatabase, ids: readonly string[]): Promise<ScoringInputRow[]> {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const keys = [...new Set(ids.map(inputPackOf))];
  const rows = await database.transaction('r', database.inputPacks, () => (keys.length * 4 > INPUT_PACKS ? database.inputPacks.toArray() : database.inputPacks.bulkGet(keys)));
  return rows.flatMap((row) => (row ? decodePack(row, (id) => wanted.has(id)) : []));
}

export async function allInputs(database: IcpDatabase): Promise<ScoringInputRow[]> {
  const rows = await database.transaction('r', database.inputPacks, () => database.inputPacks.toArray());
  return rows.flatMap((row) => decodePack(row));
}

/** The stored packs numbered `from` to `to` (inclusive), as rows: one request, decoded by the caller (rescore-all.ts). */
export async function inputPackRange(database: IcpDatabase, from: number, to: number): Promise<InputPackRow[]> {
  return database.transaction('r', database.inputPacks, () => database.inputPacks.where('pack').between(from, to, true, true).toArray());
}

/**
 * Inside a read-write transaction: read the packs that writes of these accounts will edit, with
 * the caller's other reads, so the writes cost no read of their own (scoring-inputs.ts opening()).
 */
export async function openInputsOf(database: IcpDatabase, accountIds: readonly string[]): Promise<void> {
  await database.inputPacks.bulkGet([...new Set(accountIds.map(inputPackOf))]);
}
