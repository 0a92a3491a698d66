import { log } from '../data/diagnostics';
import { activatePlaybookText, serially } from './playbook-activate';
import { downloadPlaybook, sha256Hex } from './playbook-download';
import { getSubscription, updateSubscription } from './playbook-subscription';

export type OlderChoice = { ok: true; version?: string } | { ok: false; error: string };

/**
 * The answer to "the URL now serves an older version X (you have Y) — use it?" (issue 15). `sha256`
 * names the text that was shown, so a file that changed again in between is never activated on an
 * answer about another one. Keeping the current version remembers that text as handled: the same
 * older file is not offered again, a different one is. The caller checks the policy lock.
 */
export function chooseOlderVersion(use: boolean, sha256: string, fetchImpl?: typeof fetch): Promise<OlderChoice> {
  return serially(async () => {
    const s = await getSubscription();
    if (!s?.olderVersion || s.olderVersion.sha256 !== sha256) return { ok: false, error: 'That older version is no longer waiting: check the URL again.' };
    if (!use) {
      await updateSubscription(s.url, { olderVersion: undefined, textSha256: sha256 });
      return { ok: true };
    }
    // no validators: the server would answer 304 and we need the text itself
    const d = await downloadPlaybook(s.url, {}, fetchImpl);
    if (d.status !== 'ok') return { ok: false, error: `The URL could not be read again: ${d.status === 'error' ? d.message : 'no file'}.` };
    if ((await sha256Hex(d.text)) !== sha256) return { ok: false, error: 'The file at the URL changed in the meantime: check again to see what it serves now.' };
    const r = await activatePlaybookText(d.text, s.managed ? 'policy' : 'url');
    if (!r.ok) return { ok: false, error: 'The file is not a valid playbook.' };
    const now = Date.now();
    await updateSubscription(s.url, { lastChecked: now, lastChanged: now, lastError: null, olderVersion: undefined, textSha256: sha256, etag: d.etag, lastModified: d.lastModified });
    await log('warn', `playbook URL: the older version ${r.playbook.version} was chosen over ${s.olderVersion.current}`);
    return { ok: true, version: r.playbook.version };
  });
}
