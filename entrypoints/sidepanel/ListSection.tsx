import { useEffect, useState } from 'react';
import { ListPanel } from '../../components/panel/ListPanel';
import { downloadText, openInTab } from '../../hooks/open-pages';
import { ago } from '../../hooks/use-recent';
import { request } from '../../lib/messaging/client';
import type { ListView } from '../../lib/messaging/protocol/lists';
import type { CrmTarget } from '../../lib/insights/crm-export';
import type { ListRowModel } from '../../lib/view/list-model';

const LABEL: Record<CrmTarget, string> = { hubspot: 'HubSpot', salesforce: 'Salesforce' };

// The CSV writer (the CRM columns, quoting) loads when the rep exports, not with the panel: the
// side panel's JS is budgeted (300 kB) and most list views never export.
async function exportRows(rows: ListRowModel[], target: CrmTarget): Promise<string> {
  const { listCsv } = await import('../../lib/view/list-export');
  const today = new Date().toISOString().slice(0, 10);
  const r = listCsv(rows, target, today);
  if (r.rows === 0) return 'No row names a company: nothing to export.';
  downloadText(`icp-fit-list-${target}-${today}.csv`, r.csv, 'text/csv;charset=utf-8');
  const left = r.skipped > 0 ? ` ${r.skipped} row${r.skipped === 1 ? '' : 's'} naming no company left out.` : '';
  return `${r.rows} compan${r.rows === 1 ? 'y' : 'ies'} exported for ${LABEL[target]}.${left}`;
}

/** Rows that are stored accounts go to the HubSpot send queue (issue 19 §2); the others must be saved first. */
async function sendToHubSpot(rows: ListRowModel[]): Promise<string> {
  const ids = [...new Set(rows.flatMap((r) => (r.accountId ? [r.accountId] : [])))];
  const unsaved = rows.length - rows.filter((r) => r.accountId).length;
  const left = unsaved ? ` ${unsaved} row${unsaved === 1 ? ' is' : 's are'} not saved to your accounts yet and ${unsaved === 1 ? 'was' : 'were'} left out.` : '';
  if (!ids.length) return `No row shown is saved to your accounts: save the rows to send first.`;
  await request('hubspot/send-many', { accountIds: ids });
  return `${ids.length} compan${ids.length === 1 ? 'y' : 'ies'} queued for HubSpot (progress in Options → CRM).${left}`;
}

/** The list on a list page, wired to the background: open a row in this tab, save it, export the rows shown. */
export function ListSection({ tabId, view, refresh }: { tabId: number; view: ListView; refresh: () => void }) {
  const [hubspot, setHubspot] = useState(false);
  useEffect(() => void request('hubspot/status', {}).then((s) => setHubspot(s.connected), () => undefined), []);
  return (
    <ListPanel
      view={view}
      tierOrder={view.tiers}
      seen={ago}
      onOpen={(href) => void openInTab(tabId, href)}
      onSave={async (key) => {
        await request('list/save-row', { tabId, key });
        refresh();
      }}
      onExport={exportRows}
      onSendHubSpot={hubspot ? sendToHubSpot : undefined}
    />
  );
}
