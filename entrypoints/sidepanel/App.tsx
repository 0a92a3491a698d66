import { FitPanel } from '@/components/FitPanel';
import { StatusNotice } from '@/components/StatusNotice';
import { toPanelModel } from '@/lib/ui/panel-model';
import { useTabView } from '@/lib/ui/use-tab-view';
import { ReadWebsiteButton } from './ReadWebsiteButton';

export function App() {
  const { data } = useTabView();
  return <main className="panel">{body(data)}</main>;
}

function body(data: ReturnType<typeof useTabView>['data']) {
  if (data.state === 'loading') return <StatusNotice title="Loading…" />;
  if (data.state === 'error') return <StatusNotice tone="error" title="Something went wrong">{data.message}</StatusNotice>;
  const { view } = data;
  if (view.error) return <StatusNotice tone="error" title="Could not save this page">{view.error}</StatusNotice>;
  switch (view.status) {
    case 'reading':
      return <StatusNotice title="Reading the page…" />;
    case 'unrecognised':
      return (
        <StatusNotice title="This page was not recognised">
          LinkedIn may have changed its layout, or the page has not finished loading. Nothing was scored.
          {view.missing && view.missing.length > 0 && (
            <details style={{ marginTop: 6 }}>
              <summary>Diagnostics</summary>
              <div className="muted wrap">Page type: {view.pageType ?? 'unknown'} · not found: {view.missing.join(', ')}</div>
            </details>
          )}
        </StatusNotice>
      );
    case 'idle':
    case 'unsupported':
      return (
        <StatusNotice title="Open a company to see its fit">
          Open a LinkedIn company page, a person&apos;s profile, a Sales Navigator account, or a company&apos;s own website.
          {view.tabId !== null && view.url === undefined && <ReadWebsiteButton tabId={view.tabId} />}
        </StatusNotice>
      );
    case 'ready': {
      const model = toPanelModel(view);
      if (!model) {
        return <StatusNotice title="No company on this page">{view.person?.name ? `${view.person.name}'s current company is not linked on this page.` : 'This page names no company we can score.'}</StatusNotice>;
      }
      return <FitPanel model={model} />;
    }
  }
}
