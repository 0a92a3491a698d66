import { useEffect, useMemo, useRef } from 'react';
import { PopupSummary } from '../../components/panel/PopupSummary';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { request } from '../../lib/messaging/client';
import type { TabView } from '../../lib/messaging/views';
import { toPanelModel } from '../../lib/view/panel-model';
import { useTabView } from '../../hooks/use-tab-view';

export function App() {
  const { data } = useTabView();
  const view = data.state === 'ready' ? data.view : undefined;
  useReadWebsiteOnOpen(view?.tabId ?? null, view?.status);
  const model = useMemo(() => (view ? toPanelModel(view) : null), [view]);
  const icp = model?.icps[0];
  const openPanel = useOpenPanel();
  return (
    <main className="panel popup">
      {model && icp ? <PopupSummary model={model} icp={icp} /> : <StatusNotice title={title(data.state, view)} testId="popup-state">{hint(view)}</StatusNotice>}
      <button type="button" className="primary" style={{ marginTop: 10, width: '100%' }} onClick={openPanel}>
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

function hint(view: TabView | undefined): string | undefined {
  if (view?.status === 'unrecognised') return 'Nothing was scored. The side panel shows what was missing.';
  if (view?.status === 'idle' || view?.status === 'unsupported') return 'Open a LinkedIn company page, a profile, Sales Navigator, Crunchbase or a company website.';
  return undefined;
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

/**
 * Opening the side panel needs the click's user gesture, which an await before the call can
 * outlive on a busy machine: the window id is looked up when the popup opens, not on click.
 */
function useOpenPanel(): () => void {
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => void chrome.windows.getCurrent().then((w) => (windowId.current = w.id)), []);
  return () => {
    const open = windowId.current === undefined ? chrome.windows.getCurrent().then((w) => chrome.sidePanel.open({ windowId: w.id! })) : chrome.sidePanel.open({ windowId: windowId.current });
    void open.then(() => window.close());
  };
}
