import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import { explainError } from './explain-error.ts';

const http = (status: number, code: string | null = null) =>
  new ApiError({ kind: 'http', message: 'm', status, code });

describe('explainError', () => {
  it.each([
    [http(401, 'UNAUTHORIZED'), 'unauthorized'],
    [http(403, 'Forbidden'), 'forbidden'],
    [http(502, 'UpstreamUnreachable'), 'unreachable'],
    [http(504, 'UpstreamTimeout'), 'unreachable'],
    [http(502), 'unreachable'],
    [http(503, 'NotConfigured'), 'notConfigured'],
    [new ApiError({ kind: 'network', message: 'm' }), 'network'],
    [new ApiError({ kind: 'timeout', message: 'm' }), 'timeout'],
    [new ApiError({ kind: 'invalid-response', message: 'm' }), 'invalidResponse'],
  ] as const)('explains %o as %s', (error, expected) => {
    expect(explainError(error)).toBe(expected);
  });

  it("adds nothing when SCP's own message says it all", () => {
    expect(explainError(http(400, 'ValidationError'))).toBeNull();
    expect(explainError(http(500, 'ContactAdminForAssistance'))).toBeNull();
  });
});
