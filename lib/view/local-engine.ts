import { icpPerformance } from '../insights/performance';
import { analyseRows, readCrmCsv, type ReadResult } from '../insights/pipeline';
import type { Playbook } from '../playbook/schema';
import { parsePlaybookText } from '../playbook/validate';
import type { AnalysisEngine } from './analysis-engine';

/** The engine itself: synchronous work, wrapped in promises. The worker runs exactly this (hooks/analyse.worker.ts). */
export function localEngine(): AnalysisEngine {
  let read: Extract<ReadResult, { ok: true }> | null = null;
  let base: { text: string; playbook?: Playbook } | null = null;
  // the playbook in use is validated here too: whatever crosses a boundary is parsed again
  const baseOf = (text: string | undefined) => {
    if (text === undefined) return undefined;
    if (base?.text !== text) {
      const parsed = parsePlaybookText(text);
      base = { text, playbook: parsed.ok ? parsed.playbook : undefined };
    }
    return base.playbook;
  };
  return {
    async load(text) {
      const r = readCrmCsv(text);
      read = r.ok ? r : null;
      return r.ok ? { ok: true, header: r.header, delimiter: r.delimiter, notes: r.notes, rowCount: r.rows.length, mapping: r.mapping } : r;
    },
    async analyse(mapping, opts) {
      if (!read) return { ok: false, message: 'no file has been read' };
      const base = baseOf(opts.baseText);
      const r = analyseRows(read.header, read.rows, mapping, { today: opts.today, source: opts.source, base });
      if (!r.ok) return r;
      // the same records scored with the playbook in use: does today's ICP separate this file's wins?
      const inUse = base ? icpPerformance(r.records, base, opts.today) : undefined;
      return { ok: true, report: r.report, analysis: r.analysis, draft: r.draft, inUse };
    },
    dispose() {
      read = null;
    },
  };
}

