import { useState } from 'react';
import { usePanelActions } from '../../hooks/use-panel-actions';
import { useTabView } from '../../hooks/use-tab-view';
import { PanelBody } from './PanelBody';
import { PlaybookStatusFooter, PlaybookUpdateBanner } from './PlaybookUpdates';
import { Recent } from './Recent';

export function App() {
  // an account opened from the recent list; undefined: follow the tab
  const [accountId, setAccountId] = useState<string | undefined>(undefined);
  const { data, refresh } = useTabView(accountId);
  const shown = data.state === 'ready' ? data.view.account?.id : undefined;
  const actions = usePanelActions(shown, refresh);
  return (
    <main className="panel">
      {accountId && (
        <button type="button" className="link back" onClick={() => setAccountId(undefined)}>
          ← Back to the current tab
        </button>
      )}
      <PlaybookUpdateBanner />
      <PanelBody data={data} actions={actions} retry={refresh} />
      <Recent current={shown} onOpen={(id) => { setAccountId(id); window.scrollTo(0, 0); }} />
      <PlaybookStatusFooter />
    </main>
  );
}
