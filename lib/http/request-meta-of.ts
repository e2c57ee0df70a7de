export type RequestMeta = { ipAddress: string | null; userAgent: string | null; requestId: string | null };

/** Client IP (first X-Forwarded-For hop, set by the load balancer), user agent and request id. */
export function requestMetaOf(h: Pick<Headers, 'get'>): RequestMeta {
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    ipAddress: forwarded || h.get('x-real-ip') || null,
    userAgent: h.get('user-agent'),
    requestId: h.get('x-request-id'),
  };
}
