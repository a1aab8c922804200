import { describe, expect, it } from 'vitest';
import { REDACTED, redactedAnswer, redactSecrets } from './redact.ts';

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

describe('redactedAnswer', () => {
  const target = { accessKey: 'AK1', secretKey: 'SK2' };
  const answer = (body: string, contentEncoding?: string) => ({
    status: 400,
    contentType: 'application/json',
    contentEncoding,
    body: Buffer.from(body),
  });

  it("cuts the target's keys out of a plain body, every time (the needles are kept per target)", () => {
    for (let i = 0; i < 2; i++) {
      expect(redactedAnswer(answer('{"key":"AK1","sig":"SK2"}'), target).body?.toString()).toBe(
        `{"key":"${REDACTED}","sig":"${REDACTED}"}`,
      );
    }
  });

  it('returns the same answer when nothing matched, and leaves an encoded body alone', () => {
    const clean = answer('{"volumes":[]}');
    expect(redactedAnswer(clean, target)).toBe(clean);
    const encoded = answer('AK1', 'gzip');
    expect(redactedAnswer(encoded, target)).toBe(encoded);
  });
});
