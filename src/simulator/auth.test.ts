import { describe, expect, it } from 'vitest';
import { signature, signedHeaders } from '../signing/signature.ts';
import { TIMESTAMP_TOLERANCE_MS } from './auth.ts';
import { serveForSuite, specSignature, TEST_NOW } from '../test/node/simulator-client.ts';

const api = serveForSuite();

const gatewayBody = (message: string) => ({
  status: 'UNAUTHORIZED',
  name: 'Request was rejected by gateway',
  message,
});

describe('request signing', () => {
  it('reproduces the worked example of scp-api.md with the formula the simulator checks', () => {
    const message =
      'GEThttps://virtualserver.kr-west1.e.samsungsdscloud.com/v1/volumes1735689600000TESTACCESSKEY0123456789Openapi';
    expect(specSignature('TESTSECRETKEY0123456789abcdef', message)).toBe(
      'Yj90bukaph9Owl2jUV3yebRmiEZIb+/f77beyBEXwso=',
    );
  });

  it('accepts a client that signs per scp-api.md', async () => {
    const response = await api.get('/v1/volumes?limit=5&sort=name:asc&with_count=true');
    expect(response.status).toBe(200);
  });

  it('accepts the headers built by the proxy signer', async () => {
    const url = `${api.baseUrl}/v1/volumes?limit=3`;
    const headers = signedHeaders(
      {
        method: 'GET',
        url,
        accessKey: 'SIMULATORACCESSKEY000000',
        secretKey: 'simulator-secret-key-not-a-real-one',
      },
      () => TEST_NOW,
    );
    const response = await api.get('/v1/volumes?limit=3', { sign: false, headers });
    expect(response.status).toBe(200);
  });

  it('verifies against the URL exactly as received, percent-encoding included', async () => {
    const path = '/v1/volumes?name=%EA%B2%B0%EC%A0%9C-db-01&sort=name%3Aasc&limit=20';
    expect((await api.get(path)).status).toBe(200);
    const reEncoded = `${api.baseUrl}/v1/volumes?name=결제-db-01&sort=name:asc&limit=20`;
    expect((await api.get(path, { sign: { url: reEncoded } })).status).toBe(401);
  });

  it('refuses a signature made with the wrong secret key', async () => {
    const response = await api.get('/v1/volumes', { sign: { secretKey: 'not-the-secret' } });
    expect(response.status).toBe(401);
    expect(response.json).toEqual(gatewayBody('HmacValidFail: signature does not match'));
  });

  it('refuses an unknown access key, even correctly signed with it', async () => {
    const response = await api.get('/v1/volumes', {
      sign: { accessKey: 'SOMEONEELSE', secretKey: 'their-secret' },
    });
    expect(response.status).toBe(401);
    expect(response.json).toEqual(gatewayBody('HmacValidFail: unknown access key'));
  });

  it('refuses a request with no signing headers', async () => {
    const response = await api.get('/v1/volumes', { sign: false });
    expect(response.status).toBe(401);
    expect(response.json).toEqual(gatewayBody('HmacValidFail: missing Scp-Accesskey header'));
  });

  it('refuses a tampered query, path or host', async () => {
    const tampered = [
      `${api.baseUrl}/v1/volumes?limit=5`,
      `${api.baseUrl}/v1/volumes/other?limit=50`,
      `http://localhost:1/v1/volumes?limit=50`,
      `https://${api.baseUrl.slice('http://'.length)}/v1/volumes?limit=50`,
    ];
    for (const url of tampered) {
      const response = await api.get('/v1/volumes?limit=50', { sign: { url } });
      expect(response.status, url).toBe(401);
    }
  });

  it('refuses a signature made for another method', async () => {
    expect((await api.get('/v1/volumes', { sign: { method: 'POST' } })).status).toBe(401);
  });

  it('refuses a timestamp more than five minutes off, either way, and accepts one at the edge', async () => {
    const off = (ms: number) => api.get('/v1/volumes', { sign: { timestamp: TEST_NOW + ms } });
    expect((await off(-TIMESTAMP_TOLERANCE_MS - 1)).json).toEqual(
      gatewayBody('HmacValidFail: timestamp is more than 5 minutes away from server time'),
    );
    expect((await off(TIMESTAMP_TOLERANCE_MS + 1)).status).toBe(401);
    expect((await off(-TIMESTAMP_TOLERANCE_MS)).status).toBe(200);
    expect((await off(TIMESTAMP_TOLERANCE_MS)).status).toBe(200);
  });

  it('refuses a timestamp that is not epoch milliseconds', async () => {
    const url = `${api.baseUrl}/v1/volumes`;
    const timestamp = new Date(TEST_NOW).toISOString();
    const accessKey = 'SIMULATORACCESSKEY000000';
    const headers = {
      'Scp-Accesskey': accessKey,
      'Scp-Timestamp': timestamp,
      'Scp-ClientType': 'Openapi',
      'Scp-Signature': signature({
        method: 'GET',
        url,
        timestamp,
        accessKey,
        secretKey: 'simulator-secret-key-not-a-real-one',
      }),
    };
    const response = await api.get('/v1/volumes', { sign: false, headers });
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ message: expect.stringMatching(/^HmacValidFail: /) });
  });

  it('refuses a missing signature or a client type other than Openapi', async () => {
    const good = await api.get('/v1/volumes', { sign: {} });
    expect(good.status).toBe(200);
    expect((await api.get('/v1/volumes', { headers: { 'Scp-Signature': '' } })).status).toBe(401);
    expect((await api.get('/v1/volumes', { headers: { 'Scp-ClientType': 'Console' } })).status).toBe(401);
  });

  it('answers gateway rejections in Korean for ko Accept-Language, keeping the HmacValidFail token', async () => {
    const response = await api.get('/v1/volumes', { sign: { secretKey: 'wrong' }, language: 'ko-KR' });
    expect(response.json).toEqual(gatewayBody('HmacValidFail: 서명이 일치하지 않습니다'));
    const english = await api.get('/v1/volumes', { sign: { secretKey: 'wrong' }, language: 'en-US' });
    expect(english.json).toEqual(gatewayBody('HmacValidFail: signature does not match'));
  });

  it('serves GET / (versions) without any signature', async () => {
    const response = await api.get('/', { sign: false, version: null });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ versions: [{ id: 'v1.0', status: 'CURRENT' }] });
  });

  it('checks the signature before routing, so unsigned probes learn nothing', async () => {
    expect((await api.get('/v1/not-a-route', { sign: false })).status).toBe(401);
    expect((await api.get('/v1/volumes/unknown', { sign: false })).status).toBe(401);
  });
});
