import { describe, expect, it } from 'vitest';
import { workerEngine, type WorkerReply, type WorkerRequest } from '../../../lib/view/analysis-engine';
import { localEngine } from '../../../lib/view/local-engine';
import { starterPlaybookText } from '../../../lib/playbook/templates';
import { HEADER, syntheticRows, toCsv } from '../insights/synthetic';

const csv = toCsv(HEADER, syntheticRows({ n: 300, seed: 3, planted: true }));
const opts = { today: '2026-12-01' };

/** A Worker stand-in running the real engine, as hooks/analyse.worker.ts does, asynchronously. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  private engine = localEngine();
  terminated = false;
  postMessage(req: WorkerRequest) {
    const work = req.kind === 'load' ? this.engine.load(req.text) : this.engine.analyse(req.mapping, req.opts);
    void work.then((value) => setTimeout(() => this.onmessage?.({ data: { id: req.id, ok: true, value } } as MessageEvent<WorkerReply>), 1));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('analysis engine', () => {
  it('local: read once, analyse with any mapping, results without the records', async () => {
    const e = localEngine();
    expect(await e.analyse({}, opts)).toEqual({ ok: false, message: 'no file has been read' });
    const read = await e.load(csv);
    expect(read).toMatchObject({ ok: true, rowCount: 300, delimiter: ',', mapping: { outcome: 7, industry: 2 } });
    const r = await e.analyse(read.ok ? read.mapping : {}, opts);
    expect(r.ok && r.analysis.patterns[0]!.label).toBe('Software Development');
    expect(r).not.toHaveProperty('records');
    // no playbook in use given: no "how the playbook in use does" summary, rather than one made up
    expect(r.ok && r.inUse).toBeUndefined();
    const withoutIndustry = await e.analyse({ outcome: 7, employees: 3 }, opts);
    expect(withoutIndustry.ok && withoutIndustry.analysis.patterns.some((p) => p.attribute === 'industry')).toBe(false);
  });

  it('with the playbook in use: the closed deals of the file scored with it, win rate by tier', async () => {
    const e = localEngine();
    const read = await e.load(csv);
    const r = await e.analyse(read.ok ? read.mapping : {}, { ...opts, baseText: starterPlaybookText });
    if (!r.ok || !r.inUse) throw new Error('expected a summary of the playbook in use');
    expect(r.inUse.records).toBe(300);
    expect(r.inUse.playbook.name).toBe('ICP Fit starter playbook');
    const closed = r.inUse.fit.won + r.inUse.fit.lost + r.inUse.notFit.won + r.inUse.notFit.lost;
    expect(closed).toBe(r.analysis.counts.positive + r.analysis.counts.negative);
  });

  it('worker: the same answers through messages, matched by id', async () => {
    const fake = new FakeWorker();
    const e = workerEngine(() => fake as unknown as Worker);
    const [read, again] = await Promise.all([e.load(csv), e.load('a,b\n')]);
    expect(read).toMatchObject({ ok: true, rowCount: 300 });
    expect(again).toEqual({ ok: false, message: 'the file has a header but no rows' });
    e.dispose();
    expect(fake.terminated).toBe(true);
  });

  it('a worker that cannot start or dies: a message, not a hang', async () => {
    const none = workerEngine(() => {
      throw new Error('no workers here');
    });
    expect(await none.load(csv)).toEqual({ ok: false, message: 'this browser could not start the analysis (no Web Worker)' });
    const dying = new FakeWorker();
    dying.postMessage = () => setTimeout(() => dying.onerror?.(), 1);
    const e = workerEngine(() => dying as unknown as Worker);
    expect(await e.load(csv)).toEqual({ ok: false, message: 'the analysis stopped unexpectedly (the file may be too large for this browser)' });
  });
});
