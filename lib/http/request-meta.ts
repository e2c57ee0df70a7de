import { headers } from 'next/headers';

import { type RequestMeta, requestMetaOf } from './request-meta-of';

export type { RequestMeta };

/** The current request's client IP, user agent and request id (see requestMetaOf). */
export async function getRequestMeta(): Promise<RequestMeta> {
  return requestMetaOf(await headers());
}
