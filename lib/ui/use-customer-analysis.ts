import { useCallback, useRef, useState } from 'react';
import type { ColumnMapping, Field } from '../insights/columns';
import { CSV_LIMITS } from '../insights/csv';
import { analyseRows, readCrmCsv, type CustomerAnalysis, type ReadResult } from '../insights/pipeline';
import type { Playbook } from '../playbook/schema';

type Read = Extract<ReadResult, { ok: true }>;

export type AnalysisState =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string; step: string }
  | { phase: 'error'; fileName?: string; message: string }
  | { phase: 'ready'; fileName: string; read: Read; mapping: ColumnMapping; result: CustomerAnalysis | { message: string }; ms: number };

/** A pause so the "Analysing…" line paints before the (synchronous) work starts. */
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 16));

/**
 * The "Analyse customers" flow: a CSV file's text → mapping → analysis and draft, all in the
 * page. 100,000 rows take a few seconds: the state says what is happening meanwhile, and each
 * mapping change re-analyses the rows already parsed (the file is read once).
 */
export function useCustomerAnalysis(base: () => Playbook | undefined, today: () => string) {
  const [state, setState] = useState<AnalysisState>({ phase: 'idle' });
  const run = useRef(0);

  const analyse = useCallback(
    async (fileName: string, read: Read, mapping: ColumnMapping) => {
      const id = ++run.current;
      setState({ phase: 'working', fileName, step: `Analysing ${read.rows.length.toLocaleString('en-US')} rows…` });
      await nextFrame();
      if (id !== run.current) return;
      const t = performance.now();
      const r = analyseRows(read.header, read.rows, mapping, { today: today(), source: fileName, base: base() });
      const result = r.ok ? r : { message: r.message };
      setState({ phase: 'ready', fileName, read, mapping, result, ms: performance.now() - t });
    },
    [base, today],
  );

  const loadFile = useCallback(
    async (file: { name: string; size: number; text: () => Promise<string> }) => {
      const id = ++run.current;
      if (file.size > CSV_LIMITS.maxChars) return setState({ phase: 'error', fileName: file.name, message: `${file.name} is larger than 50 MB: export fewer columns or rows.` });
      setState({ phase: 'working', fileName: file.name, step: 'Reading the file…' });
      const text = await file.text();
      await nextFrame();
      if (id !== run.current) return;
      const read = readCrmCsv(text);
      if (!read.ok) return setState({ phase: 'error', fileName: file.name, message: `${file.name}: ${read.message}` });
      await analyse(file.name, read, read.mapping);
    },
    [analyse],
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
