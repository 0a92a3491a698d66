import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { z } from 'zod';
import { PolicyState, Settings, Subscription } from '../messaging/views';
import { CrmOutcomeSetting } from '../insights/crm-outcome';
import { CrmSubscription } from '../messaging/protocol/crm';
import { CrmMe } from '../playbook/crm-me';

/**
 * Every key the extension keeps in the settings table, with the zod schema of its value. One
 * registry for live writes (the guard below refuses a write that does not match) and for backup
 * restore (lib/db/backup-schema.ts): a value a backup may carry is one the extension itself could
 * have written — `retentionDays: -1` is refused at both doors.
 *
 * `restore` says what a restore does with a row of that key:
 * - 'restore': written (shown in the preview when it changes a value);
 * - 'never': validated, shown when it matters, never written. The policy state and the "last seen
 *   playbook" belong to this browser (a file must not unlock a policy); a playbook-URL subscription
 *   would make this browser download and activate playbooks from a URL the rep never chose here,
 *   so the preview shows it and the rep subscribes from the Playbook tab if they trust it.
 */
export const SETTINGS_KEY = 'settings';
export const SUBSCRIPTION_SETTING = 'playbook:subscription';
export const POLICY_SETTING = 'playbook:policy';
export const SEEN_SETTING = 'playbook:seen';
/** Insights may count the CRM list's lifecycle stages as outcomes (issue 19; lib/insights/crm-outcome.ts) */
export const CRM_OUTCOMES_SETTING = 'crm:outcomes';
/** The CRM list's URL, re-checked by alarm (issue 19): like the playbook URL, never restored from a backup */
export const CRM_SUBSCRIPTION_SETTING = 'crm:subscription';
/** "Your name in the CRM" (issue 19; lib/playbook/crm-me.ts): the rep's own, so a backup carries it back to them */
export const CRM_ME_SETTING = 'crm:me';

export const SeenState = z.object({ seq: z.number().int().nonnegative().nullable() });

export const SETTING_SPECS = {
  [SETTINGS_KEY]: { schema: Settings, restore: 'restore' },
  [SUBSCRIPTION_SETTING]: { schema: Subscription, restore: 'never' },
  [POLICY_SETTING]: { schema: PolicyState, restore: 'never' },
  [SEEN_SETTING]: { schema: SeenState, restore: 'never' },
  [CRM_OUTCOMES_SETTING]: { schema: CrmOutcomeSetting, restore: 'restore' },
  [CRM_SUBSCRIPTION_SETTING]: { schema: CrmSubscription, restore: 'never' },
  [CRM_ME_SETTING]: { schema: CrmMe, restore: 'restore' },
} as const;
export type SettingKey = keyof typeof SETTING_SPECS;

export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(SETTING_SPECS, key);
}

/** Why a settings row may not be stored, or null when it may. */
export function settingProblem(row: unknown): string | null {
  const key = (row as { key?: unknown } | null)?.key;
  if (!isSettingKey(key)) return `unknown setting "${String(key).slice(0, 100)}"`;
  const r = SETTING_SPECS[key].schema.safeParse((row as { value?: unknown }).value);
  if (r.success) return null;
  const issue = r.error.issues[0];
  return `setting "${key}" ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Refuse invalid settings writes for every caller (the options page, playbook subscription,
 * policy, editor): a DBCore middleware sees each put/add on the settings table before IndexedDB
 * does. A refused write rejects, so its transaction rolls back and nothing is half-written.
 */
export function guardSettingWrites(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'settings-guard',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'settings') return table;
        return { ...table, mutate: (req: DBCoreMutateRequest) => checked(req) ?? table.mutate(req) };
      },
    }),
  });
}

function checked(req: DBCoreMutateRequest): Promise<never> | null {
  if (req.type !== 'add' && req.type !== 'put') return null;
  for (const value of req.values) {
    const problem = settingProblem(value);
    if (problem) return Promise.reject(new Error(`Refused to store ${problem}`));
  }
  return null;
}
