import { useEffect, useMemo, useRef } from 'react';
import { PopupSummary } from '@/components/PopupSummary';
import { StatusNotice } from '@/components/StatusNotice';
import { request } from '@/lib/messaging/client';
import type { TabView } from '@/lib/messaging/views';
import { toPanelModel } from '@/lib/ui/panel-model';
import { useTabView } from '@/lib/ui/use-tab-view';

export function App() {
  const { data } = useTabView();
  const view = data.state === 'ready' ? data.view : undefined;
  useReadWebsiteOnOpen(view?.tabId ?? null, view?.status);
  const model = useMemo(() => (view ? toPanelModel(view) : null), [view]);
  const icp = model?.icps[0];
  return (
    <main className="panel popup">
      {model && icp ? <PopupSummary model={model} icp={icp} /> : <StatusNotice title={title(data.state, view)} testId="popup-state" />}
      <button type="button" className="primary" style={{ marginTop: 10, width: '100%' }} onClick={() => void openPanel()}>
        Open side panel
      </button>
      <div className="muted small" style={{ textAlign: 'center', marginTop: 4 }}>
        Shortcut: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>F</kbd>
      </div>
    </main>
  );
}

function title(state: string, view: TabView | undefined): string {
  if (state === 'loading') return 'Loading…';
  if (state === 'error') return 'Something went wrong';
  if (view?.playbookError) return 'No playbook to score with';
  if (view?.error) return 'Could not save this page';
  if (view?.status === 'reading') return 'Reading the page…';
  if (view?.status === 'unrecognised') return 'This page was not recognised';
  return 'No company on this page yet';
}

/**
 * Clicking the toolbar button on a company website grants activeTab for it: read it then.
 * LinkedIn pages are read by the content script already.
 */
function useReadWebsiteOnOpen(tabId: number | null, status: string | undefined) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || tabId === null || status !== 'idle') return;
    done.current = true;
    void request('tab/read-website', { tabId }).catch(() => undefined);
  }, [tabId, status]);
}

async function openPanel() {
  const win = await chrome.windows.getCurrent();
  if (win.id !== undefined) await chrome.sidePanel.open({ windowId: win.id });
  window.close();
}
