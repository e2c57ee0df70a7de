// Graph API errors, classified once so every caller reacts the same way
// (../shared/docs/meta-platform.md §h).
export type GraphErrorKind = 'token_invalid' | 'permission' | 'rate_limited' | 'window_closed' | 'unreachable' | 'transient' | 'invalid_request';

export class GraphApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number | null,
    readonly subcode: number | null,
    message: string,
    readonly fbtraceId: string | null,
  ) {
    super(message);
    this.name = 'GraphApiError';
  }

  get kind(): GraphErrorKind {
    return classifyGraphError(this.code, this.subcode, this.httpStatus);
  }

  /** Worth retrying with backoff (rate limits and transient failures); the rest never succeed as-is. */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'transient';
  }
}

export function classifyGraphError(code: number | null, subcode: number | null, httpStatus: number): GraphErrorKind {
  if (code === 190 || code === 102) return 'token_invalid';
  if (code === 4 || code === 17 || code === 32 || code === 613 || code === 130429 || code === 131048 || code === 131056) return 'rate_limited';
  if (code === 131047 || (code === 10 && subcode === 2018278)) return 'window_closed';
  if (code === 551 || code === 131026) return 'unreachable';
  if (code === 10 || (code !== null && code >= 200 && code <= 299) || code === 368) return 'permission';
  if (code === 1 || code === 2 || httpStatus >= 500 || httpStatus === 0) return 'transient';
  return 'invalid_request';
}
