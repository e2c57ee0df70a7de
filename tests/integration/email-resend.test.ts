// The real Resend SDK code path, pointed at a local server that speaks Resend's HTTP API.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Captured = { method: string; url: string; headers: http.IncomingHttpHeaders; body: Record<string, unknown> };
const captured: Captured[] = [];
let reply: { status: number; body: unknown } = { status: 200, body: { id: 're_test_1' } };

const server = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    captured.push({ method: req.method!, url: req.url!, headers: req.headers, body: JSON.parse(raw || '{}') });
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.RESEND_API_KEY = 're_test_key';
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = (id: string) => ({ messageId: id, to: 'customer@example.test', template: 'password-changed' as const, subject: 'Hi', html: '<p>Hi</p>', text: 'Hi' });

describe('email through Resend', () => {
  it('sends once per message id with an idempotency key and records it without the body', async () => {
    const { deliverEmail } = await import('@/lib/email/deliver-email');
    const { db } = await import('@/lib/db');
    const id = '0190a0c0-0000-7000-8000-0000000000a1';
    const first = await deliverEmail(message(id));
    const second = await deliverEmail(message(id));
    expect(first).toEqual({ transport: 'resend', providerId: 're_test_1', alreadyDelivered: false });
    expect(second.alreadyDelivered).toBe(true);
    expect(captured).toHaveLength(1);
    expect(captured[0]).toMatchObject({ method: 'POST', url: '/emails', body: { to: 'customer@example.test', subject: 'Hi', html: '<p>Hi</p>', text: 'Hi' } });
    expect(captured[0]!.headers.authorization).toBe('Bearer re_test_key');
    expect(captured[0]!.headers['idempotency-key']).toBe(`send-email/${id}`);
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ transport: 'resend', providerId: 're_test_1', html: '', text: '' });
  });

  it('turns a Resend error into a retryable error that does not quote the address', async () => {
    const { deliverEmail, EmailDeliveryError } = await import('@/lib/email/deliver-email');
    reply = { status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field: customer@example.test' } };
    const error = await deliverEmail(message('0190a0c0-0000-7000-8000-0000000000a2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect((error as Error).message).toContain('validation_error');
    expect((error as Error).message).not.toContain('customer@example.test');
  });
});
