import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, Field } from '../lib/insights/columns';
import { CSV_LIMITS } from '../lib/insights/csv';
import type { AnalysisEngine, AnalysisView, ReadMeta } from '../lib/view/analysis-engine';

type Read = Extract<ReadMeta, { ok: true }>;

export type AnalysisState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string; step: string }
  | { phase: 'error'; fileName?: string; message: string }
  | { phase: 'ready'; fileName: string; read: Read; mapping: ColumnMapping; result: AnalysisView; ms: number };

/**
 * The "Analyse customers" flow: a CSV file → mapping → analysis and draft, in the page's own
 * engine (a Web Worker, so 100,000 rows never freeze the page). The file is read once; each
 * mapping change re-analyses the rows the engine already holds. A newer action supersedes an
 * older one still running.
 */
export function useCustomerAnalysis(makeEngine: () => AnalysisEngine, baseText: () => string | undefined, today: () => string) {
  const [state, setState] = useState<AnalysisState>({ phase: 'idle' });
  const engine = useRef<AnalysisEngine | null>(null);
  const run = useRef(0);
  useEffect(() => () => engine.current?.dispose(), []);
  const get = useCallback(() => (engine.current ??= makeEngine()), [makeEngine]);

  const analyse = useCallback(
    async (fileName: string, read: Read, mapping: ColumnMapping) => {
      const id = ++run.current;
      setState({ phase: 'working', fileName, step: `Analysing ${read.rowCount.toLocaleString('en-US')} rows…` });
      const t = performance.now();
      const result = await get().analyse(mapping, { today: today(), source: fileName, baseText: baseText() });
      if (id === run.current) setState({ phase: 'ready', fileName, read, mapping, result, ms: performance.now() - t });
    },
    [get, baseText, today],
  );

  const loadFile = useCallback(
    async (file: { name: string; size: number; text: () => Promise<string> }) => {
      const id = ++run.current;
      if (file.size > CSV_LIMITS.maxChars) return setState({ phase: 'error', fileName: file.name, message: `${file.name} is larger than 50 MB: export fewer columns or rows.` });
      setState({ phase: 'working', fileName: file.name, step: 'Reading the file…' });
      const read = await get().load(await file.text());
      if (id !== run.current) return;
      if (!read.ok) return setState({ phase: 'error', fileName: file.name, message: `${file.name}: ${read.message}` });
      await analyse(file.name, read, read.mapping);
    },
    [get, analyse],
  );

  const remap = useCallback(
    (field: Field, column: number | undefined) => {
      if (state.phase !== 'ready') return;
      const mapping: ColumnMapping = { ...state.mapping };
      // one column, one meaning: taking a column away from another field
      for (const [f, c] of Object.entries(mapping)) if (column !== undefined && c === column) delete mapping[f as Field];
      if (column === undefined) delete mapping[field];
      else mapping[field] = column;
      void analyse(state.fileName, state.read, mapping);
    },
    [state, analyse],
  );

  return { state, loadFile, remap };
}
