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

/** The list on a list page, wired to the background: open a row in this tab, save it, export the rows shown. */
export function ListSection({ tabId, view, refresh }: { tabId: number; view: ListView; refresh: () => void }) {
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
    />
  );
}
