// Signs a member in for server-action tests: a real session row and a signed cookie in the mocked
// request (tests/support/mock-request.ts), sent same-origin like a browser form post.
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sessionKeyring } from '@/lib/auth/session-keyring';
import { signSessionToken } from '@/lib/auth/session-token';
import { db } from '@/lib/db';
import { mockRequest, sameOriginHeaders } from './mock-request';

export async function signInAs(userId: string, workspaceId: string) {
  mockRequest.cookies.clear();
  const session = await db.session.create({ data: { userId, currentWorkspaceId: workspaceId, expiresAt: new Date(Date.now() + 3600_000) } });
  mockRequest.cookies.set(SESSION_COOKIE, await signSessionToken({ sessionId: session.id, userId }, sessionKeyring(), session.expiresAt));
  mockRequest.headers = sameOriginHeaders();
}

/** A form post's FormData from plain fields. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
