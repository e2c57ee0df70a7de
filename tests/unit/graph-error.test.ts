import { describe, expect, it } from 'vitest';
import { classifyGraphError, GraphApiError } from '@/lib/meta/graph-error';

describe('Graph error classification', () => {
  it.each([
    [190, 463, 400, 'token_invalid'],
    [102, null, 400, 'token_invalid'],
    [4, null, 400, 'rate_limited'],
    [613, null, 400, 'rate_limited'],
    [130429, null, 400, 'rate_limited'],
    [131047, null, 400, 'window_closed'],
    [10, 2018278, 400, 'window_closed'],
    [10, null, 403, 'permission'],
    [200, null, 403, 'permission'],
    [551, null, 400, 'unreachable'],
    [2, null, 500, 'transient'],
    [null, null, 503, 'transient'],
    [100, null, 400, 'invalid_request'],
  ] as const)('code %s/%s (HTTP %s) is %s', (code, subcode, status, kind) => {
    expect(classifyGraphError(code, subcode, status)).toBe(kind);
  });

  it('only rate limits and transient errors are retryable', () => {
    expect(new GraphApiError(400, 4, null, 'limit', null).retryable).toBe(true);
    expect(new GraphApiError(400, 190, null, 'expired', null).retryable).toBe(false);
  });
});
