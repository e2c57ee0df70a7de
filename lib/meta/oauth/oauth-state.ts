// The OAuth `state` parameter: signed with the session keyring (HMAC-SHA256) and short-lived,
// binding the connect attempt to one workspace, one user and one channel type. The callback
// rejects a state that is forged, expired, for another flow, or started by someone else.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { sessionKeyring } from '../../auth/session-keyring';
import { connectError } from '../../channels/connect-errors';
import { ChannelType } from '../../generated/prisma/enums';

const STATE_TTL_SECONDS = 15 * 60;

const statePayloadSchema = z.object({
  w: z.uuid(),
  u: z.uuid(),
  t: z.enum(ChannelType),
  n: z.string().min(8),
  exp: z.number().int(),
  k: z.string(),
});

const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest();

export function createOAuthState(options: { workspaceId: string; userId: string; type: ChannelType; now?: Date }): string {
  const ring = sessionKeyring();
  const now = options.now ?? new Date();
  const payload = {
    w: options.workspaceId,
    u: options.userId,
    t: options.type,
    n: randomBytes(12).toString('base64url'),
    exp: Math.floor(now.getTime() / 1000) + STATE_TTL_SECONDS,
    k: ring.active.id,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(ring.active.key, body).toString('base64url')}`;
}

/** Throws AppError('bad_request') with a message fit for the Channels page. */
export function verifyOAuthState(options: { state: string | null | undefined; workspaceId: string; userId: string; type: ChannelType; now?: Date }): void {
  const invalid = connectError('state_invalid');
  const [body, signature] = (options.state ?? '').split('.');
  if (!body || !signature) throw invalid;
  let payload: z.infer<typeof statePayloadSchema>;
  try {
    payload = statePayloadSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    throw invalid;
  }
  const key = sessionKeyring().all.get(payload.k);
  const given = Buffer.from(signature, 'base64url');
  const expected = key ? mac(key, body) : null;
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
  if (payload.exp * 1000 < (options.now ?? new Date()).getTime()) {
    throw connectError('state_expired');
  }
  if (payload.w !== options.workspaceId || payload.u !== options.userId || payload.t !== options.type) {
    throw connectError('state_foreign');
  }
}

/**
 * The workspace a valid, unexpired state was issued for, or null. For the Meta simulator's
 * consent screen only (it marks accounts already connected here or elsewhere); the callback
 * still runs the full verifyOAuthState.
 */
export function peekOAuthStateWorkspace(state: string | null | undefined, now = new Date()): string | null {
  const [body, signature] = (state ?? '').split('.');
  if (!body || !signature) return null;
  try {
    const payload = statePayloadSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    const key = sessionKeyring().all.get(payload.k);
    const given = Buffer.from(signature, 'base64url');
    const expected = key ? mac(key, body) : null;
    if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return payload.exp * 1000 < now.getTime() ? null : payload.w;
  } catch {
    return null;
  }
}
