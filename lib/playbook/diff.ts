import type { Criterion, Disqualifier, Icp, Persona, Playbook, Tier } from './schema';

/**
 * What changed between two playbook versions, in sentences a sales manager reads ("ICP "SaaS":
 * criterion "20–150 employees" is now worth 20 points (was 15)"). Pure: no I/O.
 * ICPs, criteria, disqualifiers and personas are matched by id (a rename keeps the id).
 */
export interface PlaybookChange {
  kind: 'added' | 'removed' | 'changed';
  /** where: "playbook", "icp:saas", "icp:saas/criterion:size", "persona:cro" */
  path: string;
  text: string;
}

const TEST_KEYS = ['fact', 'is', 'values', 'value', 'min', 'max', 'days'] as const;

export function diffPlaybooks(a: Playbook, b: Playbook): PlaybookChange[] {
  const out: PlaybookChange[] = [];
  if (a.name !== b.name) out.push(changed('playbook', `Playbook renamed from "${a.name}" to "${b.name}"`));
  if (a.version !== b.version) out.push(changed('playbook', `Version ${a.version} → ${b.version}`));
  byId(a.icps, b.icps, {
    added: (icp) => out.push({ kind: 'added', path: `icp:${icp.id}`, text: `ICP "${icp.name}" added` }),
    removed: (icp) => out.push({ kind: 'removed', path: `icp:${icp.id}`, text: `ICP "${icp.name}" removed` }),
    both: (x, y) => out.push(...diffIcp(x, y)),
  });
  byId(a.personas, b.personas, {
    added: (p) => out.push({ kind: 'added', path: `persona:${p.id}`, text: `Persona "${p.name}" added` }),
    removed: (p) => out.push({ kind: 'removed', path: `persona:${p.id}`, text: `Persona "${p.name}" removed` }),
    both: (x, y) => out.push(...diffPersona(x, y)),
  });
  return out;
}

function diffIcp(a: Icp, b: Icp): PlaybookChange[] {
  const out: PlaybookChange[] = [];
  const at = `icp:${b.id}`;
  const label = `ICP "${b.name}"`;
  if (a.name !== b.name) out.push(changed(at, `ICP "${a.name}" renamed to "${b.name}"`));
  byId(a.criteria, b.criteria, {
    added: (c) => out.push({ kind: 'added', path: `${at}/criterion:${c.id}`, text: `${label}: criterion "${c.label}" added (${c.points} points)` }),
    removed: (c) => out.push({ kind: 'removed', path: `${at}/criterion:${c.id}`, text: `${label}: criterion "${c.label}" removed` }),
    both: (x, y) => out.push(...diffCriterion(x, y, at, label)),
  });
  byId(a.disqualifiers, b.disqualifiers, {
    added: (d) => out.push({ kind: 'added', path: `${at}/disqualifier:${d.id}`, text: `${label}: disqualifier "${d.reason}" added` }),
    removed: (d) => out.push({ kind: 'removed', path: `${at}/disqualifier:${d.id}`, text: `${label}: disqualifier "${d.reason}" removed` }),
    both: (x, y) => {
      const t = testChange(x, y);
      if (t) out.push(changed(`${at}/disqualifier:${y.id}`, `${label}: disqualifier "${y.reason}" now tests ${t}`));
    },
  });
  const tiers = (ts: Tier[]) => ts.map((t) => `${t.name} ≥ ${t.min}`).join(', ');
  if (tiers(a.tiers) !== tiers(b.tiers)) out.push(changed(`${at}/tiers`, `${label}: tiers ${tiers(a.tiers)} → ${tiers(b.tiers)}`));
  return out;
}

function diffCriterion(a: Criterion, b: Criterion, at: string, icp: string): PlaybookChange[] {
  const out: PlaybookChange[] = [];
  const path = `${at}/criterion:${b.id}`;
  const name = `${icp}: criterion "${b.label}"`;
  if (a.label !== b.label) out.push(changed(path, `${icp}: criterion "${a.label}" renamed to "${b.label}"`));
  if (a.points !== b.points) out.push(changed(path, `${name} is now worth ${b.points} points (was ${a.points})`));
  if (!!a.required !== !!b.required) out.push(changed(path, `${name} is ${b.required ? 'now required' : 'no longer required'}`));
  if (a.layer !== b.layer) out.push(changed(path, `${name} moved from layer ${a.layer} to ${b.layer}`));
  const t = testChange(a, b);
  if (t) out.push(changed(path, `${name} now tests ${t}`));
  return out;
}

function diffPersona(a: Persona, b: Persona): PlaybookChange[] {
  const path = `persona:${b.id}`;
  const out: PlaybookChange[] = [];
  if (a.name !== b.name) out.push(changed(path, `Persona "${a.name}" renamed to "${b.name}"`));
  const lists = [
    ['titles', a.titles, b.titles],
    ['cares', a.cares, b.cares],
    ['questions', a.questions, b.questions],
    ['talking points', a.talkingPoints.map((t) => t.text), b.talkingPoints.map((t) => t.text)],
  ] as const;
  for (const [what, x, y] of lists) {
    const added = y.filter((v) => !x.includes(v)).length;
    const removed = x.filter((v) => !y.includes(v)).length;
    if (added || removed) out.push(changed(path, `Persona "${b.name}": ${what} ${counts(added, removed)}`));
  }
  return out;
}

type Testable = Pick<Criterion | Disqualifier, (typeof TEST_KEYS)[number]>;

/** "employees at-least 500 (was employees at-least 50)", or null when the test is the same. */
function testChange(a: Testable, b: Testable): string | null {
  if (TEST_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]))) return null;
  return `${describeTest(b)} (was ${describeTest(a)})`;
}

export function describeTest(t: Testable): string {
  if (!t.fact) return 'nothing (answered by the rep)';
  const parts: string[] = [t.fact, t.is ?? ''];
  if (t.values) parts.push(t.values.map(String).join(', '));
  if (t.value !== undefined) parts.push(String(t.value));
  if (t.min !== undefined || t.max !== undefined) parts.push(`${t.min ?? '…'}–${t.max ?? '…'}`);
  if (t.days !== undefined) parts.push(`${t.days} days`);
  return parts.filter(Boolean).join(' ');
}

function byId<T extends { id: string }>(a: readonly T[], b: readonly T[], on: { added(x: T): void; removed(x: T): void; both(x: T, y: T): void }): void {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Set(b.map((x) => x.id));
  for (const x of a) if (!after.has(x.id)) on.removed(x);
  for (const y of b) {
    const x = before.get(y.id);
    if (x) on.both(x, y);
    else on.added(y);
  }
}

function counts(added: number, removed: number): string {
  return [added ? `${added} added` : '', removed ? `${removed} removed` : ''].filter(Boolean).join(', ');
}

function changed(path: string, text: string): PlaybookChange {
  return { kind: 'changed', path, text };
}
