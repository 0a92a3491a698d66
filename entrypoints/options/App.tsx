import { DataSection } from './DataSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { PlaybookSection } from './PlaybookSection';

export function App() {
  return (
    <main className="panel" style={{ maxWidth: 860 }}>
      <h1 style={{ fontSize: 22 }}>ICP Fit — Options</h1>
      <PlaybookSection />
      <DataSection />
      <DiagnosticsSection />
    </main>
  );
}
