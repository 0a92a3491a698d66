import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../test/e2e/support/chromium';

/** What the figures were measured on: they mean little without it. */
export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  node: string;
  chromium: string;
}

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() is good enough
  }
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown; the Chromium benches will fail loudly on their own
  }
  return { date: new Date().toISOString(), cores: cpus().length, cpu, node: process.version, chromium };
}
