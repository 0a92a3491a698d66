import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { AccountsSection } from './AccountsSection';
import { AnalyseSection } from './AnalyseSection';
import { CrmSection } from './CrmSection';
import { HubSpotCard } from './HubSpotCard';
import { DataSection } from './DataSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { InsightsSection } from './InsightsSection';
import { PlaybookSection } from './PlaybookSection';

/**
 * The options page: one tab per job, addressed by the URL hash (#playbook, #data, #diagnostics …)
 * so the side panel and the docs can link straight to one. Add a tab here with one line.
 */
interface Tab {
  id: string;
  label: string;
  render: () => ReactNode;
}

// the editor (forms, pickers, preview) is loaded when its tab opens: the other tabs never need it
const EditorTab = lazy(() => import('./editor/EditorTab').then((m) => ({ default: m.EditorTab })));

const TABS: Tab[] = [
  { id: 'playbook', label: 'Playbook', render: () => <PlaybookSection /> },
  { id: 'editor', label: 'Editor', render: () => <Suspense fallback={null}><EditorTab /></Suspense> },
  { id: 'accounts', label: 'Accounts', render: () => <AccountsSection /> },
  { id: 'insights', label: 'Insights', render: () => <InsightsSection /> },
  { id: 'analyse', label: 'Analyse customers', render: () => <AnalyseSection /> },
  {
    id: 'crm',
    label: 'CRM',
    render: () => (
      <>
        <CrmSection />
        <HubSpotCard />
      </>
    ),
  },
  { id: 'data', label: 'Your data', render: () => <DataSection /> },
  { id: 'diagnostics', label: 'Diagnostics', render: () => <DiagnosticsSection /> },
];

const tabFromHash = (): Tab => TABS.find((t) => location.hash.slice(1).split('?')[0] === t.id) ?? TABS[0]!;

export function App() {
  const [tab, setTab] = useState(tabFromHash);
  useEffect(() => {
    const follow = () => setTab(tabFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return (
    <main className="panel" style={{ maxWidth: 960 }}>
      <h1 style={{ fontSize: 22 }}>ICP Fit — Options</h1>
      <nav aria-label="Options sections" className="tabs" role="tablist">
        {TABS.map((t) => (
          <a key={t.id} href={`#${t.id}`} role="tab" aria-selected={t.id === tab.id} aria-controls="options-tab" className={t.id === tab.id ? 'tab active' : 'tab'}>
            {t.label}
          </a>
        ))}
      </nav>
      <div id="options-tab" role="tabpanel" aria-label={tab.label}>
        {tab.render()}
      </div>
    </main>
  );
}
