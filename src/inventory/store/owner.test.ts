import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { gonePerThisHost, newOwner } from './owner.ts';

describe('lease holders', () => {
  const me = newOwner();

  it('names this host, this process and a nonce, short enough for an application_name', () => {
    expect(me).toMatch(new RegExp(`^${hostname().slice(0, 40)}:${process.pid}:[0-9a-f]{8}$`));
    expect(Buffer.byteLength(me)).toBeLessThanOrEqual(63);
  });

  it('knows a process of this host that has ended, and an earlier incarnation of its own pid', () => {
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(gonePerThisHost(`${hostname().slice(0, 40)}:${ended}:00000000`, me)).toBe(true);
    expect(gonePerThisHost(`${me.split(':').slice(0, 2).join(':')}:ffffffff`, me)).toBe(true);
  });

  it('never takes a live process, itself, or another host’s holder for gone', () => {
    expect(gonePerThisHost(`${hostname().slice(0, 40)}:${process.ppid}:00000000`, me)).toBe(false);
    expect(gonePerThisHost(me, me)).toBe(false);
    expect(gonePerThisHost('elsewhere:1:00000000', me)).toBe(false);
  });
});
