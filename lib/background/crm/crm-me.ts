import { db } from '../../db/database';
import { CRM_ME_SETTING } from '../../db/settings-schema';
import { CrmMe } from '../../playbook/crm-me';

export const CRM_ME_KEY = CRM_ME_SETTING;

/** The rep's "Your name in the CRM" aliases; none when never set (or a stored value no longer parses). */
export async function getCrmMe(): Promise<CrmMe> {
  const r = CrmMe.safeParse((await db().settings.get(CRM_ME_KEY))?.value);
  return r.success ? r.data : { aliases: [] };
}

/** Store the aliases; none removes the row, so "not set" is one state, not two. */
export async function setCrmMe(value: CrmMe): Promise<void> {
  if (!value.aliases.length) await db().settings.delete(CRM_ME_KEY);
  else await db().settings.put({ key: CRM_ME_KEY, value });
}
