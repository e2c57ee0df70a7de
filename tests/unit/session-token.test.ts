import { describe, expect, it } from 'vitest';
import { generateKeyringEntry, keyringSchema } from '@/lib/crypto/keyring';
import { signSessionToken, verifySessionToken } from '@/lib/auth/session-token';

const ring = (value: string) => keyringSchema({ minBytes: 32 }).parse(value);
const claims = { sessionId: '0190a0c0-0000-7000-8000-000000000001', userId: '0190a0c0-0000-7000-8000-000000000002' };
const inAnHour = () => new Date(Date.now() + 3600_000);

describe('session tokens', () => {
  it('round-trips and carries the kid of the signing key', async () => {
    const keys = ring(generateKeyringEntry('s1', 48));
    const token = await signSessionToken(claims, keys, inAnHour());
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid).toBe('s1');
    expect(await verifySessionToken(token, keys)).toEqual(claims);
  });

  it('keeps verifying old tokens after rotation, until the old key is removed', async () => {
    const old = generateKeyringEntry('s1', 48);
    const token = await signSessionToken(claims, ring(old), inAnHour());
    const rotated = ring(`${generateKeyringEntry('s2', 48)},${old}`);
    expect(await verifySessionToken(token, rotated)).toEqual(claims);
    expect(await verifySessionToken(token, ring(generateKeyringEntry('s2', 48)))).toBeNull();
  });

  it('rejects tampered, expired and garbage tokens without throwing', async () => {
    const keys = ring(generateKeyringEntry('s1', 48));
    const token = await signSessionToken(claims, keys, inAnHour());
    const [h, p, s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ sid: 'x', sub: 'attacker', aud: 'relaydesk:session' })).toString('base64url')}.${s}`;
    expect(await verifySessionToken(forged, keys)).toBeNull();
    expect(await verifySessionToken(`${h}.${p}.${s!.slice(0, -2)}xx`, keys)).toBeNull();
    expect(await verifySessionToken(await signSessionToken(claims, keys, new Date(Date.now() - 1000)), keys)).toBeNull();
    expect(await verifySessionToken('not-a-jwt', keys)).toBeNull();
  });
});
