import { describe, expect, it } from 'vitest';
import { parseServerList } from './server-list.ts';

describe('parseServerList', () => {
  it('keeps every server, unknown fields included, and counts items that are not one', () => {
    const list = parseServerList({
      servers: [{ id: 's-1', name: 'web-01', state: 'ACTIVE', vpc_id: 'v' }, { name: 'no id' }, null],
    });
    expect(list.servers).toEqual([{ id: 's-1', name: 'web-01', state: 'ACTIVE', vpc_id: 'v' }]);
    expect(list.invalid).toBe(2);
  });

  it('refuses a body without a server array', () => {
    expect(() => parseServerList({ volumes: [] })).toThrow();
  });
});
