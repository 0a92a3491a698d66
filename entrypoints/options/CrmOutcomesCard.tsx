import { useEffect, useState } from 'react';
import type { CrmOutcomeSetting } from '../../lib/insights/crm-outcome';
import { request } from '../../lib/messaging/client';

const words = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean).slice(0, 50).map((s) => s.slice(0, 200));

/** "Use the CRM's stages as outcomes in Insights": off by default; the stages are the user's. */
export function CrmOutcomesCard() {
  const [setting, setSetting] = useState<CrmOutcomeSetting | null>(null);
  const [text, setText] = useState({ won: '', lost: '' });
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void request('crm/outcomes', {}).then((s) => {
      setSetting(s);
      setText({ won: s.won.join(', '), lost: s.lost.join(', ') });
    });
  }, []);
  if (!setting) return null;
  const save = async (next: CrmOutcomeSetting) => {
    setSetting(next);
    await request('crm/outcomes-set', next);
    setSaved(next.enabled ? 'Insights now counts these CRM stages as outcomes.' : 'Insights counts only the outcomes reps record.');
  };
  const fromText = (): CrmOutcomeSetting => ({ ...setting, won: words(text.won), lost: words(text.lost) });
  return (
    <div className="card" data-testid="crm-outcomes">
      <h3>CRM stages as outcomes</h3>
      <label className="row">
        <input type="checkbox" checked={setting.enabled} data-testid="crm-outcomes-on" onChange={(e) => void save({ ...fromText(), enabled: e.target.checked })} /> Insights counts an account in the CRM list as
        won or lost by its stage, unless a rep recorded an outcome for it (the rep&apos;s record always wins)
      </label>
      <div className="row">
        <label>
          Won stages <input type="text" value={text.won} data-testid="crm-outcomes-won" onChange={(e) => setText({ ...text, won: e.target.value })} onBlur={() => void save(fromText())} />
        </label>
        <label>
          Lost stages <input type="text" value={text.lost} data-testid="crm-outcomes-lost" onChange={(e) => setText({ ...text, lost: e.target.value })} onBlur={() => void save(fromText())} />
        </label>
      </div>
      <p className="muted small">Comma-separated, any case. Insights says how many outcomes came from the CRM and by which stages.</p>
      {saved && <div role="status" className="small">{saved}</div>}
    </div>
  );
}
