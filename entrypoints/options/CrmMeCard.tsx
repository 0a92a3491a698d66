import { useEffect, useState } from 'react';
import { MAX_ME_TEXT_CHARS, parseMeAliases } from '../../lib/playbook/crm-me';
import { request } from '../../lib/messaging/client';

/**
 * "Your name in the CRM" (issue 19): who the rep is in the CRM list, so the playbook's rules for
 * "my accounts" and "a colleague's accounts" can tell them apart. The rep's own, kept in this browser.
 */
export function CrmMeCard() {
  const [text, setText] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void request('crm/me', {}).then((me) => setText(me.aliases.join(', ')));
  }, []);
  if (text === null) return null;
  const save = async () => {
    const aliases = parseMeAliases(text);
    await request('crm/me-set', { aliases });
    setText(aliases.join(', '));
    setSaved(aliases.length ? `Saved: the CRM owner ${aliases.map((a) => `"${a}"`).join(' or ')} is you.` : 'Removed: rules about your own accounts do not apply until you set it.');
  };
  return (
    <div className="card" data-testid="crm-me">
      <h3>Your name in the CRM</h3>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          How the CRM list writes you as an owner{' '}
          <input type="text" value={text} maxLength={MAX_ME_TEXT_CHARS} placeholder="Dana Lee, dana.lee@acme.com" data-testid="crm-me-input" onChange={(e) => setText(e.target.value)} onBlur={() => void save()} />
        </label>
        <button type="submit" data-testid="crm-me-save">
          Save
        </button>
      </form>
      <p className="muted small">
        Your name or email as in the export&apos;s owner column; several separated by commas. Case, spacing and accents do not matter. The playbook&apos;s rules for &quot;my accounts&quot; and
        &quot;owned by a colleague&quot; need it: until it is set they do not apply, and the side panel says so. It stays in this browser (and in your backups).
      </p>
      {saved && <div role="status" className="small" data-testid="crm-me-saved">{saved}</div>}
    </div>
  );
}
