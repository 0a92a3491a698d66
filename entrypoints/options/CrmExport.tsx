import { useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { CrmTarget } from '../../lib/insights/crm-export';

const LABEL: Record<CrmTarget, string> = { hubspot: 'HubSpot', salesforce: 'Salesforce' };

/** Download every account with its score as a CSV the CRM's import maps without editing (docs/crm-export.md). */
export function CrmExport() {
  const [message, setMessage] = useState('');
  const download = async (target: CrmTarget) => {
    setMessage('Preparing the file…');
    try {
      const { csv, rows } = await request('accounts/export-crm', { target });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const name = `icp-fit-accounts-${target}-${new Date().toISOString().slice(0, 10)}.csv`;
      Object.assign(document.createElement('a'), { href: url, download: name }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage(`${rows} account${rows === 1 ? '' : 's'} exported for ${LABEL[target]}.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="card" style={{ marginTop: 12 }} data-testid="crm-export">
      <h3>Export for your CRM</h3>
      <p className="muted small">
        Every account with its score, tier, ICP, matched criteria and key facts, as a CSV that a HubSpot company import or a Salesforce account
        import maps without editing. Once a CRM list is imported (CRM tab), the file also says whether each account is already in it, with
        its owner, stage and last activity. Create the “ICP Fit …” properties once first: see docs/crm-export.md.
      </p>
      <div className="row" style={{ flexWrap: 'wrap' }}>
        {(['hubspot', 'salesforce'] as const).map((t) => (
          <button key={t} type="button" onClick={() => void download(t)}>Export for {LABEL[t]} (CSV)</button>
        ))}
      </div>
      <div role="status" className="small">{message}</div>
    </div>
  );
}
