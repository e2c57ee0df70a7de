import { cookies } from 'next/headers';
import { db } from '../db';
import { env } from '../env';
import type { RequestMeta } from '../http/request-meta';
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_COOKIE } from './session-policy';
import { sessionKeyring } from './session-keyring';
import { signSessionToken } from './session-token';

/** Creates the server-side session row and sets the signed cookie that names it. */
export async function createSession(options: { userId: string; workspaceId?: string | null; meta: RequestMeta }): Promise<string> {
  const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_LIFETIME_MS);
  const session = await db.session.create({
    data: {
      userId: options.userId,
      currentWorkspaceId: options.workspaceId ?? null,
      expiresAt,
      ipAddress: options.meta.ipAddress,
      userAgent: options.meta.userAgent?.slice(0, 512),
    },
    select: { id: true },
  });
  const token = await signSessionToken({ sessionId: session.id, userId: options.userId }, sessionKeyring(), expiresAt);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().NODE_ENV === 'production',
    path: '/',
    expires: expiresAt,
  });
  return session.id;
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
