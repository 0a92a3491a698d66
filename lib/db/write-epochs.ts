import type { DBCore, Middleware } from 'dexie';

/**
 * A count of write requests per table, moved by every write whatever its call site (put, add,
 * delete, clear, a restore…). A cache of something read from a table keeps the count it read at:
 * while the count is unchanged nothing was written there, so the cache needs no read to check.
 * In memory is enough: only this worker opens the database, and a restarted worker starts empty.
 * (Issue 17: the active playbook was checked with a read before every observation, 1–12 ms.)
 */
const epochs = new Map<string, number>();
/** One counter for all: every value handed out is new. */
let counter = 0;
/** Moved each time a database opens (a deleted and reopened one may hold anything). */
let opened = 0;

export const writeEpoch = (table: string): number => Math.max(epochs.get(table) ?? 0, opened);
const bump = (table: string) => epochs.set(table, ++counter);

export function writeEpochsMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'write-epochs',
    create(down) {
      opened = ++counter;
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            // moved before the write and again once it is done: a read that began in between
            // (and may or may not see the write) is kept with an epoch that is already old
            mutate: async (req) => {
              bump(name);
              try {
                return await table.mutate(req);
              } finally {
                bump(name);
              }
            },
          };
        },
      };
    },
  };
}
