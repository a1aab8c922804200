import { describe, expect, it } from 'vitest';
import { serveForSuite } from '../test/node/simulator-client.ts';

const api = serveForSuite();

const REQUEST_ID = /^req-[0-9a-f-]{36}$/;

async function expectValidationError(query: string, detail: RegExp, language?: string) {
  const response = await api.get(`/v1/volumes?${query}`, language ? { language } : {});
  expect(response.status, query).toBe(400);
  expect(response.json).toEqual({
    errors: [
      {
        code: 'ValidationError',
        title: 'ValidationError',
        detail: expect.stringMatching(detail),
        status: 400,
        request_id: expect.stringMatching(REQUEST_ID),
        global_request_id: expect.stringMatching(REQUEST_ID),
        links: [],
        related_resources: [],
        response: null,
      },
    ],
  });
}

describe('ListVolumes parameter validation', () => {
  it.each(['1001', '-1', 'abc', '1.5', '', '20abc', '1e3'])('refuses limit=%s', async (value) => {
    await expectValidationError(`limit=${value}`, /^limit must be a whole number from 0 to 1000/);
  });

  it.each(['-1', 'x', '2.5', ''])('refuses offset=%s', async (value) => {
    await expectValidationError(`offset=${value}`, /^offset must be a whole number/);
  });

  it('refuses a marker that names no volume', async () => {
    await expectValidationError(
      'marker=00000000-0000-4000-8000-000000000000',
      /^Marker .* could not be found/,
    );
  });

  it.each(['colour', 'id', 'NAME', 'name ', 'created_at:asc,zone'])(
    'refuses sort key in sort=%s',
    async (sort) => {
      await expectValidationError(`sort=${encodeURIComponent(sort)}`, /^Invalid sort key/);
    },
  );

  it.each(['name:up', 'name:ASC', 'size:', 'name:asc:desc'])(
    'refuses the direction in sort=%s',
    async (sort) => {
      await expectValidationError(`sort=${encodeURIComponent(sort)}`, /^Invalid sort direction/);
    },
  );

  it.each(['yes', 'TRUE', '1', ''])('refuses bootable=%s and with_count=%s', async (value) => {
    await expectValidationError(`bootable=${value}`, /^bootable must be true or false/);
    await expectValidationError(`with_count=${value}`, /^with_count must be true or false/);
  });

  it('accepts True/False as well as true/false', async () => {
    for (const value of ['true', 'True', 'false', 'False']) {
      expect((await api.get(`/v1/volumes?bootable=${value}&with_count=${value}`)).status).toBe(200);
    }
  });

  it('treats an empty filter, marker or sort as absent', async () => {
    const plain = await api.ok('/v1/volumes?limit=7');
    expect(await api.ok('/v1/volumes?limit=7&name=&state=&marker=&sort=')).toEqual(plain);
  });

  it('explains in Korean when asked with Accept-Language ko-KR', async () => {
    await expectValidationError('limit=5000', /^limit은 0에서 1000 사이의 정수여야 합니다/, 'ko-KR');
    await expectValidationError('sort=colour', /^잘못된 정렬 키 "colour"/, 'ko');
    await expectValidationError(
      'bootable=maybe',
      /^bootable은\(는\) true 또는 false여야 합니다/,
      'ko-KR,ko;q=0.9',
    );
  });
});
