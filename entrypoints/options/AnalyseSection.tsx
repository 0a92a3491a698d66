import { useCallback, useEffect, useRef, useState } from 'react';
import { AnalysisNotes } from '../../components/options/AnalysisNotes';
import { ColumnMappingForm } from '../../components/options/ColumnMappingForm';
import { DraftSummary } from '../../components/options/DraftSummary';
import { InsightsView } from '../../components/options/InsightsView';
import { PatternTable } from '../../components/options/PatternTable';
import { StatusNotice } from '../../components/panel/StatusNotice';
import { localToday } from '../../lib/facts/calendar';
import { importNotes, skippedLines } from '../../lib/insights/summary';
import { request } from '../../lib/messaging/client';
import { workerEngine } from '../../lib/view/analysis-engine';
import AnalyseWorker from '../../hooks/analyse.worker.ts?worker';
import { useCustomerAnalysis } from '../../hooks/use-customer-analysis';
import { useFileDrop } from '../../components/shared/use-file-drop';

// The analysis runs in a worker so 100,000 rows never freeze the page.
const makeEngine = () => workerEngine(() => new AnalyseWorker());

/** Where the playbook editor tab picks up a draft to open (its tab reads it on #editor). */
const EDITOR_DRAFT_KEY = 'icp-fit/editor-draft';

/** "Analyse customers": a CRM export in, what sets won accounts apart and a draft ICP out. */
export function AnalyseSection() {
  const base = useRef<string | undefined>(undefined);
  const [locked, setLocked] = useState(false);
  const [adopt, setAdopt] = useState<{ busy: boolean; message?: string; error?: string }>({ busy: false });
  useEffect(() => {
    void request('analyse/active-playbook', {}).then((r) => (base.current = r.text));
    void request('playbook/status', {}).then((s) => setLocked(!!s.locked));
  }, []);
  const getBase = useCallback(() => base.current, []);
  const { state, loadFile, remap } = useCustomerAnalysis(makeEngine, getBase, localToday);
  const pick = (file: File | undefined) => {
    setAdopt({ busy: false });
    if (file) void loadFile(file);
  };
  const drop = useFileDrop(pick);

  const ready = state.phase === 'ready' ? state : null;
  const analysis = ready?.result.ok ? ready.result : null;
  const draft = analysis?.draft.ok ? analysis.draft : null;

  const use = async () => {
    if (!draft) return;
    setAdopt({ busy: true });
    const r = await request('playbook/import', { text: draft.text, source: 'local' });
    setAdopt(r.ok ? { busy: false, message: `The draft (version ${r.version}) is now the playbook in use. Every account is being rescored.` } : { busy: false, error: r.errors.map((e) => `${e.path}: ${e.message}`).join('; ') });
  };
  const download = () => {
    if (!draft) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([draft.text], { type: 'application/json' }));
    a.download = `icp-draft-${localToday()}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const edit = () => {
    if (!draft) return;
    sessionStorage.setItem(EDITOR_DRAFT_KEY, draft.text);
    location.hash = '#editor';
  };

  return (
    <section aria-labelledby="analyse-h">
      <h2 id="analyse-h">Analyse customers</h2>
      <p className="muted small">
        Export your deals or companies from HubSpot or Salesforce as CSV, with a stage or outcome column. The file is analysed here, in this browser; nothing is uploaded.
      </p>
      <label className={`drop ${drop.over ? 'over' : ''}`} style={{ display: 'block' }} {...drop.handlers}>
        Drop a CSV file here, or choose one: <input type="file" accept=".csv,.tsv,.txt,text/csv" data-testid="analyse-file" onChange={(e) => pick(e.target.files?.[0])} />
      </label>
      {state.phase === 'working' && <div role="status" data-testid="analyse-progress">{state.fileName}: {state.step}</div>}
      {state.phase === 'error' && <StatusNotice tone="error" title="This file could not be analysed" testId="analyse-error">{state.message}</StatusNotice>}
      {ready && (
        <>
          <p data-testid="analyse-summary">
            {ready.fileName}: {ready.read.rowCount.toLocaleString('en-US')} rows
            {analysis && `, ${analysis.report.used.toLocaleString('en-US')} used · compared ${analysis.analysis.counts.positive} won with ${analysis.analysis.baseline === 'open' ? `${analysis.analysis.counts.open} open` : `${analysis.analysis.counts.negative} lost`}`}
            <span className="muted"> · analysed in {(ready.ms / 1000).toFixed(1)} s</span>
          </p>
          <details open={!analysis} className="card">
            <summary>Columns</summary>
            <ColumnMappingForm header={ready.read.header} mapping={ready.mapping} onChange={remap} />
          </details>
          {!ready.result.ok && <StatusNotice tone="error" title="Pick the outcome column" testId="analyse-error">{ready.result.message}</StatusNotice>}
        </>
      )}
      {ready && analysis && (
        <>
          <AnalysisNotes warnings={[...ready.read.notes, ...analysis.analysis.warnings]} notes={[...skippedLines(analysis.report), ...importNotes(analysis.report)]} />
          <h2>What sets won accounts apart</h2>
          <PatternTable patterns={analysis.analysis.patterns} baseline={analysis.analysis.baseline} />
          {analysis.inUse && analysis.inUse.records > 0 && (
            <details className="card" data-testid="analyse-in-use" style={{ marginTop: 12 }}>
              <summary>How the playbook in use does on this file ({analysis.inUse.playbook.name} {analysis.inUse.playbook.version})</summary>
              <InsightsView summary={analysis.inUse} />
            </details>
          )}
          <h2>Draft ICP</h2>
          {draft ? (
            <DraftSummary icp={draft.playbook.icps[0]!} separation={draft.separation} baseline={analysis.analysis.baseline} busy={adopt.busy} useBlocked={locked ? 'Your organisation manages the playbook through Chrome policy: download the draft and send it to your administrator.' : undefined} onUse={() => void use()} onDownload={download} onEdit={edit} />
          ) : (
            <StatusNotice title="No draft" testId="no-draft">{analysis.draft.ok ? '' : analysis.draft.message}</StatusNotice>
          )}
          {adopt.message && <div role="status" data-testid="draft-adopted">{adopt.message}</div>}
          {adopt.error && <StatusNotice tone="error" title="The draft was not adopted">{adopt.error}</StatusNotice>}
        </>
      )}
    </section>
  );
}
