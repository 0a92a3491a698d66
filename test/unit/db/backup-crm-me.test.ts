import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importBackup, parseBackup, planRestore } from '../../../lib/db/backup';
import { CRM_ME_SETTING } from '../../../lib/db/settings-schema';
import { backupOf, closeAll, freshDb, parseOk } from './restore-helpers';

// "Your name in the CRM" (issue 19) is the rep's own setting: a backup carries it back to them on
// another machine, previewed like every other setting; a hand-edited value is refused whole.
afterEach(closeAll);

describe('"Your name in the CRM" in a backup', () => {
  it('is previewed and restored', async () => {
    const target = freshDb();
    const file = backupOf(1, { settings: [{ key: CRM_ME_SETTING, value: { aliases: ['Dana Lee', 'dana.lee@acme.com'] } }] });
    const preview = await planRestore(target, parseOk(JSON.stringify(file)), Date.UTC(2026, 11, 1));
    expect(preview.settings).toEqual([{ key: 'crm:me.aliases', from: 'null', to: '["Dana Lee","dana.lee@acme.com"]' }]);
    expect(await importBackup(target, JSON.stringify(file), Date.UTC(2026, 11, 1))).toMatchObject({ ok: true });
    expect((await target.settings.get(CRM_ME_SETTING))?.value).toEqual({ aliases: ['Dana Lee', 'dana.lee@acme.com'] });
  });

  it('refuses more aliases, or longer ones, than the field can write', () => {
    for (const value of [{ aliases: Array(11).fill('a') }, { aliases: ['x'.repeat(201)] }, { aliases: ['a'], admin: true }]) {
      const r = parseBackup(JSON.stringify(backupOf(1, { settings: [{ key: CRM_ME_SETTING, value }] })));
      expect(r.ok).toBe(false);
    }
  });
});
