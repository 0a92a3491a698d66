import { lazy, Suspense, useEffect, useMemo } from 'react';
import { FitPanel } from '../../components/panel/FitPanel';
import type { PanelActions } from '../../lib/view/model';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { UnreadLanguageNotice } from '../../components/panel/UnreadLanguageNotice';
import { languageMarker } from '../../lib/extract/core/lang';
import { markResultShown, openOptions } from '../../hooks/open-pages';
import { toPanelModel } from '../../lib/view/panel-model';
import type { Loadable } from '../../hooks/use-tab-view';
import { ReadWebsiteButton } from './ReadWebsiteButton';
import { HubSpotGate } from './HubSpotGate';
import { EarlyHeadline, useEarlyHeadline } from './EarlyHeadline';

// "The same company, or two?" shows only after a page claimed another account's identity (rare):
// it loads then, not with every panel (the panel's JS at open is budgeted, issue 17).
const IdentityNotices = lazy(() => import('./IdentityNotices').then((m) => ({ default: m.IdentityNotices })));

/** Every state the panel can be in: loading, errors, no playbook, reading, not recognised, idle, the result. */
export function PanelBody({ data, actions, retry }: { data: Loadable; actions: PanelActions; retry: () => void }) {
  if (data.state === 'loading') return <Loading />;
  if (data.state === 'error') {
    return (
      <StatusNotice tone="error" title="Something went wrong" testId="state-error">
        <div className="wrap">{data.message}</div>
        <button type="button" onClick={retry}>Try again</button>
      </StatusNotice>
    );
  }
  const { view } = data;
  if (view.error) return <StatusNotice tone="error" title="Could not save this page" testId="state-error">{view.error}</StatusNotice>;
  if (view.playbookError && !view.result && view.account) {
    return (
      <StatusNotice tone="error" title="No playbook to score with" testId="state-no-playbook">
        <div className="wrap">{view.playbookError}</div>
        <div>Nothing was scored. Import a playbook (or ask your admin for one) in Options.</div>
        <button type="button" onClick={() => void openOptions()}>Open options</button>
      </StatusNotice>
    );
  }
  switch (view.status) {
    case 'reading':
      return <StatusNotice title="Reading the page…" testId="state-reading">The tier appears as soon as the page has loaded.</StatusNotice>;
    case 'unrecognised':
      // a LinkedIn page in a language we do not read says so, by the language's own name
      if (languageMarker(view.missing)) return <UnreadLanguageNotice lang={languageMarker(view.missing)!} onDiagnostics={() => void openOptions('diagnostics')} />;
      return (
        <StatusNotice title="This page was not recognised" testId="state-unrecognised">
          <p>LinkedIn may have changed its layout, or the page has not finished loading. Nothing was scored.</p>
          {view.missing && view.missing.length > 0 && <p className="muted wrap">Page type: {view.pageType ?? 'unknown'} · not found: {view.missing.join(', ')}</p>}
          <button type="button" onClick={() => void openOptions('diagnostics')}>Open diagnostics</button>
        </StatusNotice>
      );
    case 'idle':
    case 'unsupported':
      return (
        <StatusNotice title="No company on this tab yet" testId="state-idle">
          <p>Open a LinkedIn company page, a person&apos;s profile, a Sales Navigator account or a Crunchbase page and the fit appears here.</p>
          {view.tabId !== null && view.url === undefined && (
            <div data-testid="website-unread">
              <p>On a company&apos;s own website? It has not been read yet: reading it finds the company and the technology it uses.</p>
              <ReadWebsiteButton tabId={view.tabId} />
            </div>
          )}
        </StatusNotice>
      );
    case 'ready':
      return <Ready view={view} actions={actions} refresh={retry} />;
  }
}

function Ready({ view, actions, refresh }: { view: Extract<Loadable, { state: 'ready' }>['view']; actions: PanelActions; refresh: () => void }) {
  const model = useMemo(() => toPanelModel(view), [view]);
  useEffect(() => {
    if (model) markResultShown();
  }, [model]);
  if (!model) {
    const who = view.person?.name ? `${view.person.name}'s current company is not linked on this page.` : 'This page names no company we can score.';
    return <StatusNotice title="No company on this page" testId="state-no-company">{who}</StatusNotice>;
  }
  const identity = view.account?.identity;
  return (
    <>
      {identity && (
        <Suspense fallback={null}>
          <IdentityNotices accountId={model.account.id} identity={identity} refresh={refresh} />
        </Suspense>
      )}
      <FitPanel key={model.account.id} model={model} actions={actions} />
      <HubSpotGate key={`hubspot-${model.account.id}`} accountId={model.account.id} />
    </>
  );
}

/** The first view is on its way: the early headline's header if the tab had one, else "Loading…". */
function Loading() {
  const early = useEarlyHeadline();
  return early ? <EarlyHeadline early={early} /> : <StatusNotice title="Loading…" testId="state-loading" />;
}
