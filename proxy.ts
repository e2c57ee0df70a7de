// Runs before every page and route: request id, per-request CSP nonce, and the same-origin
// check for every state-changing request. Exempt: webhooks (signed instead) and the Meta
// simulator's Graph API and the Stripe stand-in's /v1 API (server-to-server calls standing in
// for Meta and Stripe, authenticated by token/key; dev tools only, 404 in production).
import { NextResponse, type NextRequest } from 'next/server';
import { trackerCspSources } from './lib/consent/tracker-registry';
import { contentSecurityPolicy } from './lib/security/content-security-policy';
import { isSameOrigin } from './lib/security/same-origin';

const SAFE_ID = /^[A-Za-z0-9_-]{8,64}$/;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CROSS_SITE_ALLOWED = ['/api/webhooks/', '/api/dev/meta/', '/api/dev/stripe/', '/v1/'];

// Tracker hosts are fixed for the life of the process (they come from env).
let trackerSources: ReturnType<typeof trackerCspSources> | undefined;

export function proxy(request: NextRequest) {
  const incoming = request.headers.get('x-request-id');
  const requestId = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();

  if (UNSAFE_METHODS.has(request.method) && !CROSS_SITE_ALLOWED.some((prefix) => request.nextUrl.pathname.startsWith(prefix)) && !isSameOrigin(request.headers)) {
    return NextResponse.json({ error: { code: 'forbidden', message: 'Cross-site request refused.' } }, { status: 403, headers: { 'x-request-id': requestId } });
  }

  const nonce = btoa(crypto.randomUUID());
  trackerSources ??= trackerCspSources(process.env);
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== 'production', trackers: trackerSources });
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  headers.set('x-nonce', nonce);
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  // Not for the Meta webhook: it is signed (no same-origin check to make), answers Meta rather
  // than a browser (no CSP or nonce), and running the proxy for it cost more CPU than the whole
  // intake (bench/webhook-ingest, docs/benchmarks.md).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|api/webhooks/meta$|.*\\.(?:png|svg|jpg|ico|webp|woff2?)$).*)'],
};
