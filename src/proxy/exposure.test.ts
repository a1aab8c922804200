import { describe, expect, it } from 'vitest';
import { exposureWarning, isLoopbackAddress } from './exposure.ts';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('treats %s as loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each(['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', '::ffff:10.0.0.1', 'fe80::1'])(
    'treats %s as exposed',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});

describe('exposureWarning', () => {
  it('says nothing for loopback, a pipe or an unbound server', () => {
    expect(exposureWarning({ address: '127.0.0.1', family: 'IPv4', port: 5173 })).toBeNull();
    expect(exposureWarning('/tmp/vite.sock')).toBeNull();
    expect(exposureWarning(null)).toBeNull();
  });

  it('warns that anyone who reaches an exposed server can read the volumes', () => {
    expect(exposureWarning({ address: '::', family: 'IPv6', port: 5173 })).toMatch(
      /listens on ::, beyond this machine: anyone who can reach it can read this account's volumes/,
    );
  });
});
