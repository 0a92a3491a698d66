import { conflictSentence, keyLabel } from '../../accounts/identity-labels';
import { db } from '../../db/database';
import type { AccountRow, AccountSnapshot } from '../../accounts/account-row';
import type { IdentityView } from '../../messaging/views';

/**
 * What the side panel says about an account's identity: the conflicts still open (with the other
 * account still there) and the newest merge. No read at all for the usual account with neither.
 */
export async function identityView(account: AccountRow): Promise<IdentityView | undefined> {
  const merge = account.merges?.[0];
  if (!account.conflicts?.length && !merge) return undefined;
  const others = [...new Set((account.conflicts ?? []).flatMap((c) => (c.otherAccountId ? [c.otherAccountId] : [])))];
  const alive = new Set((await db().accounts.bulkGet(others)).flatMap((r) => (r ? [r.id] : [])));
  const conflicts = (account.conflicts ?? [])
    .filter((c) => !c.otherAccountId || alive.has(c.otherAccountId))
    .map((c) => ({ otherAccountId: c.otherAccountId, key: c.key, sentence: conflictSentence(c), seenAt: c.seenAt }));
  if (!merge) return conflicts.length ? { conflicts } : undefined;
  const nameOf = (id: string) => nameOfSnapshot(id === merge.survivor.id ? merge.survivor : merge.absorbed);
  const lastMerge = {
    at: merge.at,
    kind: merge.kind,
    // a joined page is named by its own address (its name is usually the account's own)
    otherName: merge.kind === 'joined' ? keyLabel(merge.absorbed.keys[0] ?? merge.absorbed.id) : nameOfSnapshot(merge.absorbed),
    outcomes: merge.outcomes.map((o) => ({ name: nameOf(o.accountId), status: o.status })),
  };
  return { conflicts, lastMerge };
}

function nameOfSnapshot(s: AccountSnapshot): string {
  const name = s.name ?? keyLabel(s.keys.find((k) => k.startsWith('li:')) ?? s.id);
  return name.length > 300 ? `${name.slice(0, 299)}…` : name;
}
