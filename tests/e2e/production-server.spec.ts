// Issue 13 item 2: production (`npm start`, scripts/server.ts — what the e2e server runs) answers
// the Meta webhook on Node's http server before Next's router and hands everything else to Next.
// Here against the real entry on the production build: signed deliveries are stored once (and a
// redelivery adds nothing), bad signatures, oversize bodies, other methods and the handshake are
// refused or answered as before, and pages and route handlers are still Next's, proxy.ts and all.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { SIMULATOR_APP_SECRET, SIMULATOR_VERIFY_TOKEN } from '../../lib/devtools/meta-simulator-defaults';
import { SIM } from '../../lib/meta-simulator/simulator-ids';
import { logInAsDemoOwner, openConversation, uniqueSuffix } from './inbox-helpers';

const LOG = process.env.E2E_SERVER_LOG ?? 'test-results/e2e-server.log';
const sign = (body: string, secret = SIMULATOR_APP_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** One WhatsApp text from a new customer to the demo number, as Meta serialises it. */
function whatsappText(customerId: string, name: string, text: string): string {
  const value = {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: SIM.phone.display, phone_number_id: SIM.phone.id },
    contacts: [{ profile: { name }, wa_id: customerId }],
    messages: [{ from: customerId, id: `wamid.e2e-fast-path-${customerId}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
  };
  return JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: SIM.waba.id, changes: [{ value, field: 'messages' }] }] });
}

/** The status line of a POST that declares `declaredBytes` but sends only a little of it. */
function statusOfOversizePost(port: number, declaredBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`POST /api/webhooks/meta HTTP/1.1\r\nhost: localhost:${port}\r\ncontent-type: application/json\r\ncontent-length: ${declaredBytes}\r\nx-hub-signature-256: ${sign('{}')}\r\n\r\n{"object":`);
    });
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n')) {
        resolve(head.slice(0, head.indexOf('\r\n')));
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

test('the e2e server is the production entry, which answers the webhook before Next', () => {
  expect(readFileSync(LOG, 'utf8')).toMatch(/Relaydesk web server ready on http:\/\/localhost:\d+ \(Next\.js [\d.]+, production; Meta webhook answered before Next's router\)/);
});

test('a signed WhatsApp message is acknowledged, stored once — a redelivery adds nothing — and reaches the inbox', async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const customerId = `1555${suffix}0`;
  const name = `Fast Path ${suffix}`;
  const text = `Do you deliver on Sundays? (${suffix})`;
  const body = whatsappText(customerId, name, text);
  for (let delivery = 0; delivery < 2; delivery++) {
    const response = await request.post('/api/webhooks/meta', { data: body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) } });
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe('EVENT_RECEIVED');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    // The production server's keep-alive (`next start` kept Node's 5 s).
    expect(response.headers()['keep-alive']).toBe('timeout=65');
  }

  await logInAsDemoOwner(page);
  await openConversation(page, name);
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.getByText(text, { exact: true })).toHaveCount(1);
  // Still one after the workers had time for the redelivery too.
  await page.waitForTimeout(2_000);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Messages' }).getByText(text, { exact: true })).toHaveCount(1);
});

test('bad signatures, oversize bodies and other methods are refused; the handshake answers', async ({ request, baseURL }) => {
  const body = whatsappText(`1555${uniqueSuffix()}1`, 'Forger', 'forged');
  for (const signature of [sign(body, 'another_secret_0123456789abcdef'), sign(`${body} `), '']) {
    const response = await request.post('/api/webhooks/meta', { data: body, headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) } });
    expect(response.status()).toBe(401);
  }
  expect(await statusOfOversizePost(Number(new URL(baseURL!).port), 6 * 1024 * 1024)).toBe('HTTP/1.1 413 Payload Too Large');

  const put = await request.put('/api/webhooks/meta', { data: '{}' });
  expect(put.status()).toBe(405);
  expect(put.headers().allow).toBe('GET, POST');

  const handshake = await request.get(`/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=${SIMULATOR_VERIFY_TOKEN}&hub.challenge=8675309`);
  expect(handshake.status()).toBe(200);
  expect(await handshake.text()).toBe('8675309');
  expect((await request.get('/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1')).status()).toBe(403);
});

test('everything else is still served by Next: route handlers, pages with the proxy’s headers, other webhooks', async ({ request, page }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });

  const pricing = await request.get('/pricing');
  expect(pricing.status()).toBe(200);
  expect(pricing.headers()['content-type']).toContain('text/html');
  // proxy.ts ran: a request id and a nonce-bearing CSP.
  expect(pricing.headers()['x-request-id']).toBeTruthy();
  expect(pricing.headers()['content-security-policy']).toMatch(/nonce-/);

  // The other signed webhooks are Next route handlers (a bad Stripe signature is refused there).
  expect((await request.post('/api/webhooks/stripe', { data: '{}', headers: { 'stripe-signature': 't=1,v1=00' } })).status()).toBe(400);
  // Another spelling of the Meta path is Next's too: it redirects, as before.
  expect((await request.get('/api/webhooks/meta/', { maxRedirects: 0 })).status()).toBe(308);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
