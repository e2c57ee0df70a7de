import { AppError } from '../errors';

/**
 * State-changing requests must come from our own pages: the Origin (or, failing that, the
 * Referer) must match the Host. Blocks cross-site form posts even if SameSite were bypassed.
 */
export function isSameOrigin(h: Pick<Headers, 'get'>): boolean {
  const host = h.get('x-forwarded-host') ?? h.get('host');
  const source = h.get('origin') ?? h.get('referer');
  if (!host || !source || source === 'null') return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}

export function assertSameOriginOf(h: Pick<Headers, 'get'>): void {
  if (!isSameOrigin(h)) throw new AppError('forbidden', 'This request did not come from Relaydesk. Reload the page and try again.');
}
