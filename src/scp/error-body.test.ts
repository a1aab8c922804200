import { describe, expect, it } from 'vitest';
import { describeErrorBody } from './error-body.ts';

const nothing = { code: null, title: null, message: null, requestId: null, fromProxy: false };

describe('describeErrorBody', () => {
  it.each([undefined, null, 42, [], ''])('finds nothing in %j without throwing', (body) => {
    expect(describeErrorBody(body)).toEqual(nothing);
  });

  it('prefers the first service error of several', () => {
    const body = {
      errors: [
        { code: 'NotFound', detail: 'first', request_id: 'r1' },
        { code: 'Other', detail: 'second' },
      ],
    };
    expect(describeErrorBody(body)).toMatchObject({ code: 'NotFound', message: 'first', requestId: 'r1' });
  });

  it('falls back to the title when a service error has no detail', () => {
    expect(
      describeErrorBody({ errors: [{ code: 'ContactAdminForAssistance', title: 'Contact admin' }] }),
    ).toMatchObject({
      message: 'Contact admin',
    });
  });

  it('recognises HmacValidFail in a gateway rejection', () => {
    const body = {
      status: 'UNAUTHORIZED',
      name: 'Request was rejected by gateway',
      message: 'HmacValidFail',
    };
    expect(describeErrorBody(body)).toMatchObject({ code: 'UNAUTHORIZED', message: 'HmacValidFail' });
  });

  it('strips scripts and tags from an HTML page without a title', () => {
    const html = '<html><body><script>var x = 1;</script><h1>Service   Unavailable</h1></body></html>';
    expect(describeErrorBody(html).message).toBe('Service Unavailable');
  });

  it('keeps only a message from an unknown object', () => {
    expect(describeErrorBody({ message: 'odd', extra: true })).toEqual({ ...nothing, message: 'odd' });
  });
});
