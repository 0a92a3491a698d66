import type { ColumnMapping } from '../insights/columns';
import type { PerformanceSummary } from '../insights/performance-schema';
import type { CustomerAnalysis } from '../insights/pipeline';

/**
 * The "Analyse customers" work behind one small interface, so it can run in a Web Worker (the
 * options page stays responsive while 100,000 rows are read) or, where no worker can start, in
 * the page itself. The parsed rows stay on the engine's side: a mapping change re-analyses them
 * without reading the file again, and only the results cross over.
 */
export type ReadMeta = { ok: true; header: string[]; delimiter: string; notes: string[]; rowCount: number; mapping: ColumnMapping } | { ok: false; message: string };
/** `inUse`: how the playbook in use does on this file's closed deals ("Is the ICP working?" on imported records). */
export type AnalysisView = ({ ok: true; inUse?: PerformanceSummary } & Omit<CustomerAnalysis, 'records'>) | { ok: false; message: string };

/** What the draft needs besides the rows: its date, the file name, the playbook in use (JSON text, for its personas). */
export interface EngineOptions {
  today: string;
  source?: string;
  baseText?: string;
}

export interface AnalysisEngine {
  load(text: string): Promise<ReadMeta>;
  analyse(mapping: ColumnMapping, opts: EngineOptions): Promise<AnalysisView>;
  dispose(): void;
}

type Request = { kind: 'load'; text: string } | { kind: 'analyse'; mapping: ColumnMapping; opts: EngineOptions };
export type WorkerRequest = Request & { id: number };
export type WorkerReply = { id: number; ok: true; value: ReadMeta | AnalysisView } | { id: number; ok: false; message: string };

/**
 * An engine in a worker (hooks/analyse.worker.ts, built on its own). The page never carries the
 * analysis code itself: any chunk it shared with the side panel would weigh on the side panel
 * too. A worker that cannot start or dies gives a message, never a hang.
 */
export function workerEngine(make: () => Worker): AnalysisEngine {
  let worker: Worker;
  try {
    worker = make();
  } catch {
    const none = async (): Promise<{ ok: false; message: string }> => ({ ok: false, message: 'this browser could not start the analysis (no Web Worker)' });
    return { load: none, analyse: none, dispose: () => {} };
  }
  let next = 0;
  const waiting = new Map<number, { resolve: (v: ReadMeta | AnalysisView) => void }>();
  const fail = (message: string) => {
    for (const w of waiting.values()) w.resolve({ ok: false, message });
    waiting.clear();
  };
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    w?.resolve(e.data.ok ? e.data.value : { ok: false, message: e.data.message });
  };
  worker.onerror = () => fail('the analysis stopped unexpectedly (the file may be too large for this browser)');
  const call = (req: Request) =>
    new Promise<ReadMeta | AnalysisView>((resolve) => {
      const id = ++next;
      waiting.set(id, { resolve });
      worker.postMessage({ ...req, id });
    });
  return {
    load: (text) => call({ kind: 'load', text }) as Promise<ReadMeta>,
    analyse: (mapping, opts) => call({ kind: 'analyse', mapping, opts }) as Promise<AnalysisView>,
    dispose: () => {
      worker.terminate();
      fail('cancelled');
    },
  };
}

