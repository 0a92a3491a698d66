import type { ColumnMapping } from '../insights/columns';
import type { DraftOptions } from '../insights/draft';
import { analyseRows, readCrmCsv, type CustomerAnalysis, type ReadResult } from '../insights/pipeline';

/**
 * The "Analyse customers" work behind one small interface, so it can run in a Web Worker (the
 * options page stays responsive while 100,000 rows are read) or, where no worker can start, in
 * the page itself. The parsed rows stay on the engine's side: a mapping change re-analyses them
 * without reading the file again, and only the results cross over.
 */
export type ReadMeta = { ok: true; header: string[]; delimiter: string; notes: string[]; rowCount: number; mapping: ColumnMapping } | { ok: false; message: string };
export type AnalysisView = ({ ok: true } & Omit<CustomerAnalysis, 'records'>) | { ok: false; message: string };

export interface AnalysisEngine {
  load(text: string): Promise<ReadMeta>;
  analyse(mapping: ColumnMapping, opts: DraftOptions): Promise<AnalysisView>;
  dispose(): void;
}

/** The engine itself: synchronous work, wrapped in promises. The worker runs exactly this. */
export function localEngine(): AnalysisEngine {
  let read: Extract<ReadResult, { ok: true }> | null = null;
  return {
    async load(text) {
      const r = readCrmCsv(text);
      read = r.ok ? r : null;
      return r.ok ? { ok: true, header: r.header, delimiter: r.delimiter, notes: r.notes, rowCount: r.rows.length, mapping: r.mapping } : r;
    },
    async analyse(mapping, opts) {
      if (!read) return { ok: false, message: 'no file has been read' };
      const r = analyseRows(read.header, read.rows, mapping, opts);
      if (!r.ok) return r;
      return { ok: true, report: r.report, analysis: r.analysis, draft: r.draft };
    },
    dispose() {
      read = null;
    },
  };
}

type Request = { kind: 'load'; text: string } | { kind: 'analyse'; mapping: ColumnMapping; opts: DraftOptions };
export type WorkerRequest = Request & { id: number };
export type WorkerReply = { id: number; ok: true; value: ReadMeta | AnalysisView } | { id: number; ok: false; message: string };

/** An engine in a worker; falls back to the page when the worker cannot start or dies. */
export function workerEngine(make: () => Worker): AnalysisEngine {
  let worker: Worker | null = null;
  try {
    worker = make();
  } catch {
    return localEngine();
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
      worker!.postMessage({ ...req, id });
    });
  return {
    load: (text) => call({ kind: 'load', text }) as Promise<ReadMeta>,
    analyse: (mapping, opts) => call({ kind: 'analyse', mapping, opts }) as Promise<AnalysisView>,
    dispose: () => {
      worker?.terminate();
      fail('cancelled');
    },
  };
}
