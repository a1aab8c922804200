import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from './redact.ts';

const redact = (text: string, secrets: string[]) => redactSecrets(Buffer.from(text), secrets).toString();

describe('redactSecrets', () => {
  it('cuts every occurrence of every key out of a body', () => {
    expect(redact('key AK1 and AK1, secret SK2.', ['AK1', 'SK2'])).toBe(
      `key ${REDACTED} and ${REDACTED}, secret ${REDACTED}.`,
    );
  });

  it('also finds a key JSON-escaped or URL-encoded', () => {
    const key = 'AK"/+x';
    expect(redact(JSON.stringify({ key }), [key])).toBe(`{"key":"${REDACTED}"}`);
    expect(redact(`?key=${encodeURIComponent(key)}`, [key])).toBe(`?key=${REDACTED}`);
  });

  it('returns the very same buffer when no key is in it, and ignores empty keys', () => {
    const body = Buffer.from('{"volumes":[]}');
    expect(redactSecrets(body, ['AK1', ''])).toBe(body);
  });
});
