// Why a guarded fetch of an outside URL did not return a body. `blocked`, `too_large` and
// `too_many_redirects` are decisions about the URL or its content: retrying cannot change them.
export type SafeFetchErrorKind = 'blocked' | 'too_large' | 'too_many_redirects' | 'http_status' | 'network' | 'timeout' | 'bad_response';

export class SafeFetchError extends Error {
  constructor(
    readonly kind: SafeFetchErrorKind,
    message: string,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
    this.name = 'SafeFetchError';
  }

  /** Network trouble, timeouts, 5xx and 429 may pass; everything else fails the same way again. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http_status' && this.httpStatus !== null && (this.httpStatus >= 500 || this.httpStatus === 429);
  }
}
