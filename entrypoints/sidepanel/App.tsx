import { useState } from 'react';
import { usePanelActions } from '../../hooks/use-panel-actions';
import { useListView } from '../../hooks/use-list-view';
import { useTabView } from '../../hooks/use-tab-view';
import { ListSection } from './ListSection';
import { PanelBody } from './PanelBody';
import { PlaybookStatusFooter, PlaybookUpdateBanner } from './PlaybookUpdates';
import { Recent } from './Recent';

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
      {list.view && tabId !== null ? (
        <ListSection tabId={tabId} view={list.view} refresh={list.refresh} />
      ) : (
        <PanelBody data={data} actions={actions} retry={refresh} />
      )}
      <Recent current={shown} onOpen={(id) => { setAccountId(id); window.scrollTo(0, 0); }} />
      <PlaybookStatusFooter />
    </main>
  );
}
