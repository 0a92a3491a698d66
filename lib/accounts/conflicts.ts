import type { AccountRow, IdentityConflict } from './account-row';
import type { PageIdentity } from './identity';

/**
 * Where an observation goes when its keys are known (issue 15: page-supplied identity never
 * merges silently). Pure: the repository reads the accounts holding any of the keys, in the same
 * transaction that writes, and this decides from those rows alone.
 */

/** Kinds a company has only one of: a second one on the same account is a claim to check. */
const SINGLE_KINDS = new Set(['li', 'sn', 'cb']);
export const kindOf = (key: string): string => key.slice(0, Math.max(0, key.indexOf(':')));

/** A key of the same single kind, other than `key`, that the account already holds. */
export function clashingKey(keys: readonly string[], key: string): string | undefined {
  const kind = kindOf(key);
  return SINGLE_KINDS.has(kind) ? keys.find((k) => k !== key && kindOf(k) === kind) : undefined;
}

export function keptApart(a: Pick<AccountRow, 'id' | 'keptApart'>, b: Pick<AccountRow, 'id' | 'keptApart'>): boolean {
  return !!a.keptApart?.includes(b.id) || !!b.keptApart?.includes(a.id);
}

export interface Placement {
  /** the account the observation folds into: a found row, or a new one (isNew) not stored yet */
  home: AccountRow;
  isNew: boolean;
  /** the page's own key was new and it joined the one account its claims found (kept as a merge record) */
  joined: boolean;
  /** keys home gains */
  add: string[];
  /** entries to store, each on the account named */
  conflicts: { accountId: string; conflict: IdentityConflict }[];
}

type Contest = { key: string; holder?: AccountRow; clash?: string };

export function place(found: AccountRow[], identity: PageIdentity, url: string, now: number): Placement {
  const holderOf = (k: string) => found.find((a) => a.keys.includes(k));
  let home = holderOf(identity.own);
  const only = found.length === 1 ? found[0]! : undefined;
  const joined = !home && !!only && !clashingKey(only.keys, identity.own) && !only.keptApart?.some((k) => identity.keys.includes(k));
  if (joined) home = only;
  const homeKeys = home ? [...home.keys] : [];
  const add: string[] = [];
  const contests: Contest[] = [];
  for (const key of [identity.own, ...identity.keys.filter((k) => k !== identity.own)]) {
    if (homeKeys.includes(key)) continue;
    const holder = holderOf(key);
    if (holder && holder !== home) {
      const apart = home ? keptApart(home, holder) : !!holder.keptApart?.includes(identity.own);
      if (!apart) contests.push({ key, holder });
      continue;
    }
    const clash = clashingKey(homeKeys, key);
    if (clash) {
      if (!home?.keptApart?.includes(key)) contests.push({ key, clash });
      continue;
    }
    homeKeys.push(key);
    add.push(key);
  }
  const isNew = !home;
  home ??= { id: add.find((k) => k.startsWith('domain:')) ?? identity.own, keys: [], facts: {}, firstSeenAt: now, lastSeenAt: now };
  const at = { claimant: identity.own, url, seenAt: now };
  const conflicts = contests.flatMap((c) => (c.holder ? between(home, c.holder, c.key, at) : [{ accountId: home.id, conflict: { ...at, key: c.key, holderKey: c.clash, holderName: home.name } }]));
  return { home, isNew, joined, add, conflicts };
}

/** The same conflict on both accounts, each pointing at the other. */
function between(home: AccountRow, holder: AccountRow, key: string, at: Pick<IdentityConflict, 'claimant' | 'url' | 'seenAt'>) {
  const holderKey = holder.keys.find((k) => kindOf(k) === kindOf(at.claimant)) ?? holder.id;
  const c = { ...at, key, holderKey, holderName: holder.name };
  return [
    { accountId: home.id, conflict: { ...c, otherAccountId: holder.id } },
    { accountId: holder.id, conflict: { ...c, otherAccountId: home.id } },
  ];
}

/** Add or refresh a conflict (one per other account and key), newest first, at most 20. */
export function withConflict(list: IdentityConflict[] | undefined, c: IdentityConflict): IdentityConflict[] {
  const rest = (list ?? []).filter((x) => !(x.otherAccountId === c.otherAccountId && x.key === c.key));
  return [c, ...rest].slice(0, 20);
}
