import { describe, expect, it } from 'vitest';
import { SCP_HEADERS, signature, signatureMatches, signatureMessage, signedHeaders } from './signature.ts';

// The worked example of scp-api.md §2; the other expected signatures were computed by hand:
// printf %s "$message" | openssl dgst -sha256 -hmac "$secretKey" -binary | base64
const accessKey = 'TESTACCESSKEY0123456789';
const secretKey = 'TESTSECRETKEY0123456789abcdef';
const host = 'https://virtualserver.kr-west1.e.samsungsdscloud.com';

describe('sign', () => {
  it('reproduces the worked example of scp-api.md', () => {
    const input = { method: 'GET', url: `${host}/v1/volumes`, timestamp: '1735689600000', accessKey };
    expect(signatureMessage(input)).toBe(`GET${host}/v1/volumes1735689600000TESTACCESSKEY0123456789Openapi`);
    expect(signature({ ...input, secretKey })).toBe('Yj90bukaph9Owl2jUV3yebRmiEZIb+/f77beyBEXwso=');
  });

  it('signs the query exactly as encoded, with ":" and "," escaped', () => {
    const url = `${host}/v1/volumes?limit=50&sort=created_at%3Adesc%2Cname%3Aasc`;
    expect(signature({ method: 'GET', url, timestamp: '1735689600000', accessKey, secretKey })).toBe(
      'mJ6BDNTqRvJRiKjTWI2MFZe/wNK180vupo2n/zsLwHw=',
    );
  });

  it('signs a percent-encoded non-ASCII name with spaces', () => {
    const url = `${host}/v1/volumes?name=%EB%B3%BC%EB%A5%A8%20data%201&state=in-use`;
    expect(signature({ method: 'GET', url, timestamp: '1735689600123', accessKey, secretKey })).toBe(
      'R3CF42b/cYmIctETKDk7JRDgYX1HHeANc///SCRssAM=',
    );
  });

  it('includes scheme, host and port, as for the simulator', () => {
    const url = 'http://127.0.0.1:4010/v1/servers/3f2a9c1e-0b7d-4e21-9a55-0c1d2e3f4a5b';
    expect(signature({ method: 'GET', url, timestamp: '1767225600000', accessKey, secretKey })).toBe(
      'X5AhhXorOvf0hvUr26wiPaD2phKakeMUixVSmCkCAWw=',
    );
  });

  it('upper-cases the method', () => {
    const input = { url: `${host}/v1/volumes`, timestamp: '1735689600000', accessKey, secretKey };
    expect(signature({ ...input, method: 'get' })).toBe(signature({ ...input, method: 'GET' }));
  });
});

describe('signatureMatches', () => {
  it('accepts the same signature and refuses another or a truncated one', () => {
    const good = 'Yj90bukaph9Owl2jUV3yebRmiEZIb+/f77beyBEXwso=';
    expect(signatureMatches(good, good)).toBe(true);
    expect(signatureMatches(good, 'Zj90bukaph9Owl2jUV3yebRmiEZIb+/f77beyBEXwso=')).toBe(false);
    expect(signatureMatches(good, good.slice(0, -1))).toBe(false);
    expect(signatureMatches(good, '')).toBe(false);
  });
});

describe('signedHeaders', () => {
  it('carries the access key, the timestamp from now(), the client type and the signature', () => {
    const headers = signedHeaders(
      { method: 'GET', url: `${host}/v1/volumes`, accessKey, secretKey },
      () => 1735689600000,
    );
    expect(headers).toEqual({
      [SCP_HEADERS.accessKey]: accessKey,
      [SCP_HEADERS.timestamp]: '1735689600000',
      [SCP_HEADERS.clientType]: 'Openapi',
      [SCP_HEADERS.signature]: 'Yj90bukaph9Owl2jUV3yebRmiEZIb+/f77beyBEXwso=',
    });
    expect(JSON.stringify(headers)).not.toContain(secretKey);
  });

  it('takes a fresh timestamp, and so a fresh signature, on every call', () => {
    let clock = 1735689600000;
    const input = { method: 'GET', url: `${host}/v1/volumes`, accessKey, secretKey };
    const first = signedHeaders(input, () => clock);
    clock += 1;
    const second = signedHeaders(input, () => clock);
    expect(second[SCP_HEADERS.timestamp]).toBe('1735689600001');
    expect(second[SCP_HEADERS.signature]).not.toBe(first[SCP_HEADERS.signature]);
  });
});
