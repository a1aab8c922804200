import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  freeMemoryGB: number;
  /** 1-minute load average when the run started and ended: a busy shared machine shows here. */
  loadAverage: { start: number; end: number };
  os: string;
  node: string;
  chromium: string;
  commit: string;
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

export function loadAverageNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

/** Called at the end of the run, with the load average read at its start. */
export function describeMachine(chromium: string, loadAtStart: number): Machine {
  const gb = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: gb(totalmem()),
    freeMemoryGB: gb(freemem()),
    loadAverage: { start: loadAtStart, end: loadAverageNow() },
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    commit: gitCommit(),
  };
}
