// Runs before every page and route: gives each request an id that logs and error pages
// can quote, and echoes it back so a user can report it.
import { NextResponse, type NextRequest } from 'next/server';

const SAFE_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function proxy(request: NextRequest) {
  const incoming = request.headers.get('x-request-id');
  const requestId = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|jpg|ico|webp|woff2?)$).*)'],
};
