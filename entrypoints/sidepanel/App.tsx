import { lazy, Suspense, useState, type ReactNode } from 'react';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { usePanelActions } from '../../hooks/use-panel-actions';
import { useListView } from '../../hooks/use-list-view';
import { useTabView, type Loadable } from '../../hooks/use-tab-view';
import { PanelBody } from './PanelBody';
import { PlaybookStatusFooter, PlaybookUpdateBanner } from './PlaybookUpdates';
import { Recent } from './Recent';

// The list (issue 18) loads only on list pages: most panels show one account, and the panel's JS
// at open is budgeted (≤ 300 kB, issue 17).
const ListSection = lazy(() => import('./ListSection').then((m) => ({ default: m.ListSection })));

/**
 * A list page shows its list; a page that is both (a company's People tab) shows the list above the
 * company's result. While the list is not answered yet, a page with no result of its own waits
 * instead of flashing "No company on this tab yet".
 */
function body(data: Loadable, list: ReturnType<typeof useListView>, tabId: number | null, single: ReactNode) {
  const own = data.state === 'ready' && data.view.status === 'ready';
  if (list.view && tabId !== null) {
    return (
      <>
        <Suspense fallback={<StatusNotice title="Loading…" testId="state-loading" />}>
          <ListSection tabId={tabId} view={list.view} refresh={list.refresh} />
        </Suspense>
        {own && single}
      </>
    );
  }
  if (tabId !== null && !list.settled && !own) return <StatusNotice title="Loading…" testId="state-loading" />;
  return single;
}

export function App() {
  // an account opened from the recent list; undefined: follow the tab
  const [accountId, setAccountId] = useState<string | undefined>(undefined);
  const { data, refresh } = useTabView(accountId);
  const shown = data.state === 'ready' ? data.view.account?.id : undefined;
  const actions = usePanelActions(shown, refresh);
  // a list page (issue 18) shows its rows instead of the single-account view; an account opened
  // from the recent list still shows that account
  const tabId = data.state === 'ready' && !accountId ? data.view.tabId : null;
  const list = useListView(tabId);
  return (
    <main className="panel">
      {accountId && (
        <button type="button" className="link back" onClick={() => setAccountId(undefined)}>
          ← Back to the current tab
        </button>
      )}
      <PlaybookUpdateBanner />
      {body(data, list, tabId, <PanelBody data={data} actions={actions} retry={refresh} />)}
      <Recent current={shown} onOpen={(id) => { setAccountId(id); window.scrollTo(0, 0); }} />
      <PlaybookStatusFooter />
    </main>
  );
}
