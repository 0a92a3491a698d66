import { z } from 'zod';
import { ListRow } from '../../facts/list-model';
import { PageType } from '../../facts/model';
import { MAX_LIST_ROWS } from '../../facts/limits';

// How a tab's list lies in storage.session (issue 18, "the cost of long lists"): a small head record
// under `list:<tab>` (the list's fields and its chunk ids, in order) and its rows in chunks of at most
// CHUNK_ROWS under `list:<tab>:<chunk>`. A message then writes the head and the chunk(s) its rows fall
// in, not the whole list (1,000 rows are ≈ 1.6 MB, and storage.session writes grow with their size).
// What is read back is checked: a corrupt head is no list, a corrupt chunk is no rows.

export const CHUNK_ROWS = 100;
export const PREFIX = 'list:';
export const headKey = (tabId: number | string) => `${PREFIX}${tabId}`;
export const chunkKey = (tabId: number | string, chunk: number) => `${PREFIX}${tabId}:${chunk}`;

const StoredRowSchema = z.object({
  row: ListRow,
  readAt: z.number(),
  tier: z.object({ name: z.string().nullable(), rank: z.number(), count: z.number(), scoredWith: z.string() }).optional(),
});
export type StoredRow = z.infer<typeof StoredRowSchema>;

const Head = z.object({
  url: z.string(),
  list: z.string(),
  pageType: PageType,
  startedAt: z.number(),
  readAt: z.number(),
  truncated: z.boolean(),
  readMs: z.number().optional(),
  ids: z.array(z.string()).max(100),
  /** chunk ids in list order: a chunk is never empty, so there are no more chunks than rows */
  chunks: z.array(z.number().int().nonnegative()).max(MAX_LIST_ROWS),
  /** rows in all chunks, for the index and the badge count */
  count: z.number().int().nonnegative(),
});
export type Head = z.infer<typeof Head>;
const Chunk = z.array(StoredRowSchema).max(CHUNK_ROWS);

/** One tab's list: one page view of a list (paging within it adds rows, another list replaces them). */
export type TabList = Omit<Head, 'chunks' | 'count'> & { rows: StoredRow[] };

/** The chunks of a list as read back (ids and rows, in order): what a write compares with. */
export interface Layout {
  chunks: { id: number; rows: StoredRow[] }[];
  /** every chunk the head named, read or not: an unreadable one is removed by the next write */
  named: number[];
}

export const parseHead = (v: unknown): Head | undefined => Head.safeParse(v).data;

/** The list of `head` from the chunks read (`got`): unreadable chunks are left out. */
export function assemble(tabId: number | string, head: Head, got: Record<string, unknown>): { list: TabList; layout: Layout } {
  const chunks: Layout['chunks'] = [];
  // each chunk once: a head naming one twice (not written by us) would show its rows twice
  for (const id of new Set(head.chunks)) {
    const rows = Chunk.safeParse(got[chunkKey(tabId, id)]).data;
    if (rows?.length) chunks.push({ id, rows });
  }
  const { chunks: _ids, count: _count, ...fields } = head;
  return { list: { ...fields, rows: chunks.flatMap((c) => c.rows) }, layout: { chunks, named: head.chunks } };
}

/** What to store for `next`, given the chunks as they were: the head, the chunks that changed, the chunks gone. */
export function plan(tabId: number | string, next: TabList, before: Layout | undefined): { sets: Record<string, unknown>; removes: string[] } {
  const chunks = layOut(next.rows, before);
  const was = new Map((before?.chunks ?? []).map((c) => [c.id, c.rows]));
  const sets: Record<string, unknown> = {};
  for (const c of chunks) if (!same(was.get(c.id), c.rows)) sets[chunkKey(tabId, c.id)] = c.rows;
  const kept = new Set(chunks.map((c) => c.id));
  const removes = [...new Set(before?.named ?? [])].filter((id) => !kept.has(id)).map((id) => chunkKey(tabId, id));
  const { rows, ...fields } = next;
  sets[headKey(tabId)] = { ...fields, chunks: chunks.map((c) => c.id), count: rows.length } satisfies Head;
  return { sets, removes };
}

/**
 * The rows in chunks, in order: a row kept stays in its chunk (a row read again replaces it there),
 * new rows fill the last chunk and then new ones. So a message that adds 100 rows writes one or two
 * chunks, and dropping the oldest rows rewrites only the chunks they were in (or removes them).
 */
function layOut(rows: readonly StoredRow[], before: Layout | undefined): Layout['chunks'] {
  const where = new Map<string, number>();
  for (const c of before?.chunks ?? []) for (const r of c.rows) where.set(r.row.key, c.id);
  let fresh = Math.max(-1, ...(before?.named ?? [])) + 1;
  const out: Layout['chunks'] = [];
  const used = new Set<number>();
  for (const r of rows) {
    const last = out.at(-1);
    const home = where.get(r.row.key);
    if (home !== undefined && last?.id === home && last.rows.length < CHUNK_ROWS) last.rows.push(r);
    else if (home !== undefined && !used.has(home)) out.push({ id: home, rows: [r] });
    else if (last && last.rows.length < CHUNK_ROWS && (home === undefined || home === last.id)) last.rows.push(r);
    else out.push({ id: fresh++, rows: [r] });
    used.add(out.at(-1)!.id);
  }
  return out;
}

/** The same rows (by reference: an unchanged row is the very object read back). */
const same = (a: readonly StoredRow[] | undefined, b: readonly StoredRow[]) => !!a && a.length === b.length && a.every((r, i) => r === b[i]);
