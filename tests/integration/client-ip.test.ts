// The client IP end to end over real sockets: a Node HTTP server with the peer-address stamp that
// instrumentation.ts installs in `next start`, whose handler signs in through the real logIn.
// Clients rotate X-Forwarded-For and forge the stamp header; the limits and the stored session and
// audit IP must follow the real TCP peer (127.0.0.1 here).
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/hash-password';
import { logIn } from '@/lib/auth/log-in';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { installPeerAddressStamp, PEER_ADDRESS_HEADER } from '@/lib/http/peer-address-stamp';
import { requestMetaOf } from '@/lib/http/request-meta-of';
import { createUser } from '../factories';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());

let server: Server;
let port: number;

beforeAll(async () => {
  installPeerAddressStamp();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers = new Headers(Object.entries(req.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])) as [string, string][]);
      const meta = requestMetaOf(headers);
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { email?: string; password?: string };
      let outcome = 'ok';
      try {
        if (body.email) await logIn({ email: body.email, password: body.password ?? '', meta });
      } catch (error) {
        outcome = isAppError(error) ? error.code : 'error';
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ip: meta.ipAddress, outcome }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function post(body: object, headers: Record<string, string>): Promise<{ ip: string | null; outcome: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(JSON.parse(text) as { ip: string | null; outcome: string }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const spoof = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}`, 'x-real-ip': `198.51.100.${n}`, [PEER_ADDRESS_HEADER]: `192.0.2.${n}` });

describe('client IP over real sockets', () => {
  it('is the TCP peer however the client rotates X-Forwarded-For, X-Real-IP or the stamp header', async () => {
    for (let n = 1; n <= 3; n++) expect((await post({}, spoof(n))).ip).toBe('127.0.0.1');
  });

  it('rotating X-Forwarded-For still runs into the per-address limit on a guessed account', async () => {
    const outcomes: string[] = [];
    for (let n = 1; n <= 8; n++) outcomes.push((await post({ email: 'victim-rotating@example.test', password: `guess ${n}` }, spoof(n))).outcome);
    // Five wrong passwords per account from one address, then refusals.
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill('unauthorized'));
    expect(outcomes.slice(5)).toEqual(Array(3).fill('rate_limited'));
  });

  it('stores the real address on the session and in the audit log, never the claimed one', async () => {
    const password = 'a calm green kettle 42';
    const user = await createUser({ passwordHash: await hashPassword(password) });
    expect((await post({ email: user.email, password }, spoof(77))).outcome).toBe('ok');
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id }, select: { ipAddress: true } });
    expect(session.ipAddress).toBe('127.0.0.1');
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorUserId: user.id, action: 'user.signed_in' }, select: { ipAddress: true } });
    expect(audit.ipAddress).toBe('127.0.0.1');
  });
});
