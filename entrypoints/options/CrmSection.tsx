import { useEffect, useState } from 'react';
import { MappingSelects } from '../../components/options/ColumnMappingForm';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { useFileDrop } from '../../components/shared/use-file-drop';
import { CRM_FIELD_LABELS, CRM_FIELDS, type CrmField, type CrmMapping } from '../../lib/insights/crm-columns';
import { readCrmExport } from '../../lib/insights/crm-snapshot';
import { CSV_LIMITS } from '../../lib/insights/csv';
import { request } from '../../lib/messaging/client';
import type { CrmSnapshotInfo, CrmSubscription } from '../../lib/messaging/protocol/crm';
import { CrmSubscriptionCard } from './CrmSubscriptionCard';
import { CrmOutcomesCard } from './CrmOutcomesCard';
import { CrmMeCard } from './CrmMeCard';
import { postCrmUpload } from './crm-upload';

interface Picked {
  fileName: string;
  text: string;
  header: string[];
  rowCount: number;
  notes: string[];
  mapping: CrmMapping;
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The CRM tab: the team's CRM list in (issue 19), kept in this browser and shown on every account. */
export function CrmSection() {
  const [stored, setStored] = useState<CrmSnapshotInfo | null | undefined>(undefined);
  const [subscription, setSubscription] = useState<CrmSubscription | null | undefined>(undefined);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: string }>({ busy: false });
  const refresh = () =>
    void request('crm/status', {}).then((r) => {
      setStored(r.snapshot);
      setSubscription(r.subscription ?? null);
    });
  useEffect(refresh, []);

  const pick = async (file: File | undefined) => {
    setState({ busy: false });
    setPicked(null);
    if (!file) return;
    if (file.size > CSV_LIMITS.maxChars) return setState({ busy: false, error: `${file.name} is larger than ${CSV_LIMITS.maxChars / 1024 / 1024} MB` });
    const text = await file.text();
    const read = readCrmExport(text);
    if (!read.ok) return setState({ busy: false, error: `${file.name}: ${read.message}` });
    setPicked({ fileName: file.name, text, header: read.header, rowCount: read.rows.length, notes: read.notes, mapping: read.mapping });
  };
  const drop = useFileDrop((f) => void pick(f));
  const remap = (field: CrmField, column: number | undefined) => setPicked((p) => (p ? { ...p, mapping: { ...p.mapping, [field]: column } } : p));

  const importIt = async () => {
    if (!picked) return;
    setState({ busy: true });
    // posted to the worker first when it can be (much faster for a big file), else in the message
    const uploadId = await postCrmUpload(picked.text);
    const rest = { fileName: picked.fileName, mapping: picked.mapping };
    let r = await request('crm/import', { ...(uploadId ? { uploadId } : { text: picked.text }), ...rest });
    // a worker stopped between the post and the import forgot the upload: the text goes in the message
    if (!r.ok && r.uploadLost) r = await request('crm/import', { text: picked.text, ...rest });
    if (!r.ok) return setState({ busy: false, error: r.error });
    setStored(r.snapshot);
    setPicked(null);
    setState({ busy: false, done: `Imported ${r.snapshot.rows.toLocaleString('en-US')} companies from ${r.snapshot.source}.${r.notes.length ? ` ${r.notes.join('; ')}.` : ''}` });
  };
  const clear = async () => {
    await request('crm/clear', {});
    setStored(null);
    setState({ busy: false, done: 'The CRM list was removed from this browser.' });
  };

  return (
    <section aria-labelledby="crm-h">
      <h2 id="crm-h">CRM</h2>
      <p className="muted small">
        Export your companies from HubSpot or an accounts report from Salesforce as CSV. Every account then says whether it is already in your CRM, with its owner and stage. The list stays in this
        browser; nothing is uploaded. A new import replaces the previous one.
      </p>
      <div className="card" data-testid="crm-stored">
        {stored === undefined ? '…' : stored ? (
          <>
            CRM list: <strong>{stored.rows.toLocaleString('en-US')}</strong> companies from <bdi>{stored.source}</bdi>, imported {when(stored.importedAt)}{' '}
            <button type="button" className="link" onClick={() => void clear()}>
              Remove
            </button>
          </>
        ) : (
          'No CRM list imported yet.'
        )}
      </div>
      <label className={`drop ${drop.over ? 'over' : ''}`} style={{ display: 'block' }} {...drop.handlers}>
        Drop a CSV file here, or choose one: <input type="file" accept=".csv,.tsv,.txt,text/csv" data-testid="crm-file" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {picked && (
        <div className="card" data-testid="crm-preview">
          <p>
            <bdi>{picked.fileName}</bdi>: {picked.rowCount.toLocaleString('en-US')} rows. Check which column holds what:
          </p>
          {picked.notes.map((n) => (
            <p key={n} className="small warn">{n}</p>
          ))}
          <MappingSelects fields={CRM_FIELDS} labels={CRM_FIELD_LABELS} header={picked.header} mapping={picked.mapping} onChange={remap} testId="crm-mapping" />
          <button type="button" className="primary" disabled={state.busy} data-testid="crm-import" onClick={() => void importIt()}>
            {state.busy ? 'Importing…' : 'Import the CRM list'}
          </button>
        </div>
      )}
      {state.done && <div role="status" data-testid="crm-done">{state.done}</div>}
      {state.error && <StatusNotice tone="error" title="The CRM list was not imported" testId="crm-error">{state.error}</StatusNotice>}
      <CrmSubscriptionCard subscription={subscription} onChanged={refresh} />
      <CrmMeCard />
      {stored && <CrmOutcomesCard />}
    </section>
  );
}
