import { useEffect, useRef } from 'react';
import { PopupSummary } from '@/components/PopupSummary';
import { StatusNotice } from '@/components/StatusNotice';
import { request } from '@/lib/messaging/client';
import { toPanelModel } from '@/lib/ui/panel-model';
import { useTabView } from '@/lib/ui/use-tab-view';

export function App() {
  const { data } = useTabView();
  const view = data.state === 'ready' ? data.view : undefined;
  useReadWebsiteOnOpen(view?.tabId ?? null, view?.status);
  const model = view ? toPanelModel(view) : null;
  const icp = model?.icps[0];
  return (
    <main className="panel" style={{ width: 340 }}>
      {model && icp ? (
        <PopupSummary model={model} icp={icp} />
      ) : (
        <StatusNotice title={view?.status === 'reading' ? 'Reading the page…' : view?.status === 'unrecognised' ? 'This page was not recognised' : 'No company on this page yet'} />
      )}
      <button type="button" style={{ marginTop: 10, width: '100%' }} onClick={openPanel}>
        Open side panel
      </button>
    </main>
  );
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
