// The Web Worker of the "Analyse customers" tab: the local engine behind postMessage.
import type { WorkerReply, WorkerRequest } from '../lib/view/analysis-engine';
import { localEngine } from '../lib/view/local-engine';

const engine = localEngine();
const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage: (m: WorkerReply) => void };

scope.onmessage = (e) => {
  const req = e.data;
  const work = req.kind === 'load' ? engine.load(req.text) : engine.analyse(req.mapping, req.opts);
  work.then(
    (value) => scope.postMessage({ id: req.id, ok: true, value }),
    (err: unknown) => scope.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : 'the analysis failed' }),
  );
};
