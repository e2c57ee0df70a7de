// The session cookie is a JWT naming a server-side Session row. The signature stops forgery;
// the row makes revocation immediate. `kid` names the signing key so keys rotate.
import { jwtVerify, SignJWT, decodeProtectedHeader } from 'jose';
import type { Keyring } from '../crypto/keyring';

export type SessionClaims = { sessionId: string; userId: string };

export async function signSessionToken(claims: SessionClaims, keyring: Keyring, expiresAt: Date): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', kid: keyring.active.id })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .setAudience('relaydesk:session')
    .sign(keyring.active.key);
}

/** Claims of a valid token, or null for anything else: tampered, expired, unknown key, garbage. */
export async function verifySessionToken(token: string, keyring: Keyring): Promise<SessionClaims | null> {
  try {
    const { kid } = decodeProtectedHeader(token);
    const key = kid ? keyring.all.get(kid) : undefined;
    if (!key) return null;
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: 'relaydesk:session' });
    if (typeof payload.sid !== 'string' || typeof payload.sub !== 'string') return null;
    return { sessionId: payload.sid, userId: payload.sub };
  } catch {
    return null;
  }
}
