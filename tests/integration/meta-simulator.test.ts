// The Meta Graph API simulator, through its route handler with real Request objects.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DELETE, GET, POST } from '@/app/api/dev/meta/[...path]/route';
import { SIMULATOR_APP_SECRET } from '@/lib/devtools/meta-simulator-defaults';
import { createSimOAuthCode } from '@/lib/meta-simulator/sim-oauth-codes';
import { issueSimToken } from '@/lib/meta-simulator/sim-tokens';
import { listSimOutbound, listSimRequests } from '@/lib/meta-simulator/sim-capture';
import { SIM } from '@/lib/meta-simulator/simulator-ids';
import { setAccountSwitch } from '@/lib/meta-simulator/simulator-switches';
import { listSimRecords, pruneSimRecords, putSimRecord } from '@/lib/meta-simulator/simulator-store';
import { sendAsCustomer } from '@/lib/meta-simulator/send-as-customer';
import { sendAsCustomerSchema } from '@/lib/meta-simulator/send-as-customer.schema';
import { approveDialog, deniedRedirect } from '@/lib/meta-simulator/oauth-dialog';
import { readFixture, shapeOf } from '../support/json-shape';

// A stand-in for the app's webhook endpoint: records what the simulator posts to it.
const received: { body: string; signature: string | undefined }[] = [];
let server: Server;
let appUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ body, signature: req.headers['x-hub-signature-256'] as string | undefined });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('EVENT_RECEIVED');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Read by lib/env on first use, which has not happened yet in this file's module graph.
  process.env.APP_URL = appUrl;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const base = 'http://localhost:3000/api/dev/meta';

async function call(method: 'GET' | 'POST' | 'DELETE', path: string, options: { token?: string; json?: unknown; form?: Record<string, string> } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  const handler = { GET, POST, DELETE }[method];
  const response = await handler(new Request(`${base}${path}`, { method, headers, body }));
  // Graph answers are free-form JSON; the assertions below pin down the shapes that matter.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = (await response.json()) as Record<string, any>;
  return { status: response.status, body: json };
}

const redirectUri = 'http://localhost:3000/api/channels/callback/facebook';

async function facebookUserToken(accounts: string[] = [SIM.page.id], embeddedSignup = false) {
  const code = await createSimOAuthCode({ dialog: 'facebook', subject: SIM.facebookUserId, accounts: [SIM.facebookUserId, ...accounts], scopes: ['pages_messaging'], redirectUri, embeddedSignup });
  const result = await call('GET', `/graph/v23.0/oauth/access_token?${new URLSearchParams({ client_id: 'relaydesk-dev-app', client_secret: SIMULATOR_APP_SECRET, redirect_uri: redirectUri, code })}`);
  return { code, ...result };
}

describe('OAuth code exchange (graph.facebook.com)', () => {
  it('exchanges a code for a bearer token, once', async () => {
    const { code, status, body } = await facebookUserToken();
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(body.access_token).toMatch(/^EAA/);

    const reused = await call('GET', `/graph/oauth/access_token?${new URLSearchParams({ client_id: 'relaydesk-dev-app', client_secret: SIMULATOR_APP_SECRET, redirect_uri: redirectUri, code })}`);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toMatchObject({ code: 100, error_subcode: 36009, type: 'OAuthException' });
    expect(reused.body.error.fbtrace_id).toEqual(expect.any(String));

    const me = await call('GET', '/graph/v23.0/me?fields=id,name', { token: body.access_token });
    expect(me.body).toEqual({ id: SIM.facebookUserId, name: SIM.facebookUserName });

    const longLived = await call('GET', `/graph/oauth/access_token?${new URLSearchParams({ grant_type: 'fb_exchange_token', client_id: 'relaydesk-dev-app', client_secret: SIMULATOR_APP_SECRET, fb_exchange_token: body.access_token })}`);
    expect(longLived.body.expires_in).toBeGreaterThan(5_000_000);
  });

  it('rejects a wrong client secret without burning the code', async () => {
    const code = await createSimOAuthCode({ dialog: 'facebook', subject: SIM.facebookUserId, accounts: [SIM.page.id], scopes: [], redirectUri });
    const query = (secret: string) => `/graph/oauth/access_token?${new URLSearchParams({ client_id: 'relaydesk-dev-app', client_secret: secret, redirect_uri: redirectUri, code })}`;
    const wrong = await call('GET', query('not-the-secret'));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 1, message: 'Error validating client secret.' });
    expect((await call('GET', query(SIMULATOR_APP_SECRET))).status).toBe(200);
  });

  it('lists pages with page tokens that can send Messenger messages', async () => {
    const { body } = await facebookUserToken();
    const accounts = await call('GET', '/graph/v23.0/me/accounts?fields=id,name,access_token,picture{url}', { token: body.access_token });
    expect(accounts.status).toBe(200);
    expect(accounts.body.data).toHaveLength(1);
    const page = accounts.body.data[0];
    expect(page).toMatchObject({ id: SIM.page.id, name: 'Demo Shop Page', picture: { data: { url: expect.stringContaining('/api/dev/meta/cdn/') } } });

    expect((await call('POST', `/graph/${SIM.page.id}/subscribed_apps?subscribed_fields=messages,message_echoes`, { token: page.access_token })).body).toEqual({ success: true });
    const sent = await call('POST', `/graph/v23.0/${SIM.page.id}/messages`, { token: page.access_token, json: { recipient: { id: SIM.customers.messenger.id }, messaging_type: 'RESPONSE', message: { text: 'Hi 👋' } } });
    expect(sent.body).toMatchObject({ recipient_id: SIM.customers.messenger.id, message_id: expect.stringMatching(/^m_/) });
    const profile = await call('GET', `/graph/${SIM.customers.messenger.id}?fields=first_name,last_name,profile_pic`, { token: page.access_token });
    expect(profile.body).toMatchObject({ first_name: 'Mia', last_name: 'Messenger' });
  });
});

describe('WhatsApp Cloud API', () => {
  it('sends a text, returns a wamid, captures it and delivers signed sent/delivered statuses', async () => {
    const { body: token } = await facebookUserToken([SIM.waba.id, SIM.phone.id], true);
    expect(token.expires_in).toBeGreaterThan(5_000_000);
    expect((await call('POST', `/graph/${SIM.waba.id}/subscribed_apps`, { token: token.access_token })).body).toEqual({ success: true });
    const numbers = await call('GET', `/graph/${SIM.waba.id}/phone_numbers`, { token: token.access_token });
    expect(numbers.body.data[0]).toMatchObject({ id: SIM.phone.id, display_phone_number: '15550783881', verified_name: 'Demo Shop' });

    received.length = 0;
    const sent = await call('POST', `/graph/v23.0/${SIM.phone.id}/messages`, {
      token: token.access_token,
      json: { messaging_product: 'whatsapp', recipient_type: 'individual', to: SIM.customers.whatsapp.id, type: 'text', text: { body: 'Olá 😀', preview_url: false } },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ messaging_product: 'whatsapp', contacts: [{ input: SIM.customers.whatsapp.id, wa_id: SIM.customers.whatsapp.id }] });
    const wamid = sent.body.messages[0].id as string;
    expect(wamid).toMatch(/^wamid\./);

    const outbound = await listSimOutbound();
    expect(outbound[0]).toMatchObject({ channel: 'whatsapp', accountId: SIM.phone.id, recipient: SIM.customers.whatsapp.id, kind: 'text', response: { messages: [{ id: wamid }] } });
    const requests = await listSimRequests();
    expect(requests[0]).toMatchObject({ method: 'POST', path: `/graph/${SIM.phone.id}/messages`, status: 200 });
    expect(JSON.stringify(requests)).not.toContain(token.access_token);

    const forThisSend = () => received.filter((r) => r.body.includes(wamid));
    await vi.waitFor(() => expect(forThisSend()).toHaveLength(2), { timeout: 5_000 });
    const statuses = forThisSend().map((r) => JSON.parse(r.body).entry[0].changes[0].value.statuses[0]);
    expect(statuses.map((s) => [s.id, s.status])).toEqual([[wamid, 'sent'], [wamid, 'delivered']]);
    for (const r of forThisSend()) expect(r.signature).toBe(`sha256=${createHmac('sha256', SIMULATOR_APP_SECRET).update(r.body).digest('hex')}`);
  });

  it('rejects an unknown template with 132001 and sends an approved one', async () => {
    const { body: token } = await facebookUserToken([SIM.waba.id, SIM.phone.id], true);
    const templates = await call('GET', `/graph/${SIM.waba.id}/message_templates`, { token: token.access_token });
    expect(templates.body.data.map((t: { name: string; status: string }) => `${t.name}:${t.status}`)).toEqual(['flash_sale:REJECTED', 'order_update:APPROVED', 'welcome_back:APPROVED']);

    const send = (name: string) => call('POST', `/graph/${SIM.phone.id}/messages`, {
      token: token.access_token,
      json: { messaging_product: 'whatsapp', to: SIM.customers.whatsapp.id, type: 'template', template: { name, language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: '#42' }] }] } },
    });
    const unknown = await send('no_such_template');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe(132001);
    expect((await send('flash_sale')).body.error.code).toBe(132001);
    expect((await send('order_update')).body.messages[0].id).toMatch(/^wamid\./);

    const invalid = await call('POST', `/graph/${SIM.phone.id}/messages`, { token: token.access_token, json: { to: '1', type: 'text', text: { body: 'x' } } });
    expect(invalid.body.error.code).toBe(100);
  });

  it('answers 190 on every call once "expire tokens" is on, 4 for a rate-limited send and 131047 with the window closed', async () => {
    const { body: token } = await facebookUserToken([SIM.waba.id, SIM.phone.id], true);
    const text = { messaging_product: 'whatsapp', to: SIM.customers.whatsapp.id, type: 'text', text: { body: 'hello' } };

    await setAccountSwitch({ accountId: SIM.phone.id, name: 'rateLimitNextSend', on: true });
    expect((await call('POST', `/graph/${SIM.phone.id}/messages`, { token: token.access_token, json: text })).body.error.code).toBe(4);
    expect((await call('POST', `/graph/${SIM.phone.id}/messages`, { token: token.access_token, json: text })).status).toBe(200);

    await setAccountSwitch({ accountId: SIM.phone.id, name: 'windowClosed', on: true });
    expect((await call('POST', `/graph/${SIM.phone.id}/messages`, { token: token.access_token, json: text })).body.error.code).toBe(131047);
    await setAccountSwitch({ accountId: SIM.phone.id, name: 'windowClosed', on: false });

    await setAccountSwitch({ accountId: SIM.phone.id, name: 'expireTokens', on: true });
    const expired = await call('POST', `/graph/${SIM.phone.id}/messages`, { token: token.access_token, json: text });
    expect(expired.status).toBe(401);
    expect(expired.body.error).toMatchObject({ code: 190, type: 'OAuthException' });
    expect((await call('GET', `/graph/${SIM.waba.id}/phone_numbers`, { token: token.access_token })).body.error.code).toBe(190);
    await setAccountSwitch({ accountId: SIM.phone.id, name: 'expireTokens', on: false });

    expect((await call('GET', '/graph/me', { token: 'EAAnot-a-real-token' })).body.error.code).toBe(190);
  });

  it('serves media metadata and the bytes only with a Bearer token', async () => {
    const { body: token } = await facebookUserToken([SIM.waba.id, SIM.phone.id], true);
    await putSimRecord('media', '1234567890123499', { base64: Buffer.from('hello').toString('base64'), mimeType: 'image/png', sha256: 'x', fileSize: 5 });
    const meta = await call('GET', '/graph/v23.0/1234567890123499', { token: token.access_token });
    expect(meta.body).toMatchObject({ id: '1234567890123499', mime_type: 'image/png', file_size: 5, url: `${appUrl}/api/dev/meta/media/1234567890123499` });
    const withToken = await GET(new Request(`${base}/media/1234567890123499`, { headers: { authorization: `Bearer ${token.access_token}` } }));
    expect(await withToken.text()).toBe('hello');
    expect((await GET(new Request(`${base}/media/1234567890123499`))).status).toBe(400);
  });
});

describe('Instagram (graph.instagram.com, api.instagram.com)', () => {
  async function instagramToken() {
    const code = await createSimOAuthCode({ dialog: 'instagram', subject: SIM.instagram.id, accounts: [SIM.instagram.id], scopes: ['instagram_business_basic', 'instagram_business_manage_messages'], redirectUri });
    const short = await call('POST', '/instagram-api/oauth/access_token', { form: { client_id: 'relaydesk-dev-app', client_secret: SIMULATOR_APP_SECRET, grant_type: 'authorization_code', redirect_uri: redirectUri, code } });
    expect(short.body).toMatchObject({ user_id: SIM.instagram.id, permissions: ['instagram_business_basic', 'instagram_business_manage_messages'] });
    const long = await call('GET', `/instagram-graph/access_token?grant_type=ig_exchange_token&client_secret=${SIMULATOR_APP_SECRET}&access_token=${short.body.access_token}`);
    expect(long.body).toMatchObject({ token_type: 'bearer', expires_in: 60 * 24 * 3600 });
    return long.body.access_token as string;
  }

  it('exchanges, refreshes and reads the profile', async () => {
    const token = await instagramToken();
    const me = await call('GET', '/instagram-graph/v23.0/me?fields=user_id,username,name,profile_picture_url', { token });
    expect(me.body).toMatchObject({ user_id: SIM.instagram.id, username: 'demo.shop' });
    const refreshed = await call('GET', `/instagram-graph/refresh_access_token?grant_type=ig_refresh_token&access_token=${token}`);
    expect(refreshed.body.access_token).toMatch(/^IGAA/);
    const customer = await call('GET', `/instagram-graph/${SIM.customers.instagram.id}?fields=name,username,profile_pic`, { token });
    expect(customer.body).toMatchObject({ name: 'Ana Test', username: 'ana.test' });
  });

  it('allows one private reply per comment', async () => {
    const token = await instagramToken();
    const reply = () => call('POST', '/instagram-graph/v23.0/me/messages', { token, json: { recipient: { comment_id: '17900000000000777' }, message: { text: 'Sent you the price in DM 💌' } } });
    const first = await reply();
    expect(first.status).toBe(200);
    expect(first.body.message_id).toEqual(expect.any(String));
    const second = await reply();
    expect(second.status).toBe(400);
    expect(second.body.error).toMatchObject({ code: 10, error_subcode: 2534022 });

    const dm = await call('POST', '/instagram-graph/me/messages', { token, json: { recipient: { id: SIM.customers.instagram.id }, message: { text: 'Hi Ana' } } });
    expect(dm.body.recipient_id).toBe(SIM.customers.instagram.id);
    const publicReply = await call('POST', '/instagram-graph/17900000000000777/replies', { token, json: { message: 'Thanks!' } });
    expect(publicReply.body.id).toEqual(expect.any(String));
  });

  it('refuses a code with a mismatched redirect_uri', async () => {
    const code = await createSimOAuthCode({ dialog: 'instagram', subject: SIM.instagram.id, accounts: [], scopes: [], redirectUri });
    const result = await call('POST', '/instagram-api/oauth/access_token', { form: { client_id: 'relaydesk-dev-app', client_secret: SIMULATOR_APP_SECRET, grant_type: 'authorization_code', redirect_uri: 'http://localhost:3000/elsewhere', code } });
    expect(result.status).toBe(400);
  });
});

describe('seeded tokens', () => {
  it('accepts a token created directly (the demo seed path)', async () => {
    const { token } = await issueSimToken({ type: 'page', subject: SIM.page.id, accounts: [SIM.page.id], expiresInSeconds: null });
    expect((await call('GET', '/graph/me', { token })).body).toEqual({ id: SIM.page.id, name: 'Demo Shop Page' });
  });
});

/** A payload as the app would parse it (free-form JSON). */
const parsed = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('customer console webhooks', () => {
  const cases = [
    { input: { channel: 'instagram', accountId: SIM.instagram.id, customerId: SIM.customers.instagram.id, kind: 'text', text: 'Hi! Do you have this in blue? 💙' }, fixture: 'ig-dm-text.json' },
    { input: { channel: 'instagram', accountId: SIM.instagram.id, customerId: SIM.customers.instagram.id, kind: 'comment', text: 'Price? 😍' }, fixture: 'ig-comment.json' },
    { input: { channel: 'instagram', accountId: SIM.instagram.id, customerId: SIM.customers.instagram.id, kind: 'image' }, fixture: 'ig-dm-image.json' },
    { input: { channel: 'messenger', accountId: SIM.page.id, customerId: SIM.customers.messenger.id, kind: 'text', text: 'Open on Sunday? ☀️' }, fixture: 'messenger-text.json' },
    { input: { channel: 'whatsapp', accountId: SIM.phone.id, customerId: SIM.customers.whatsapp.id, kind: 'text', text: 'Olá 👋' }, fixture: 'wa-text.json' },
    { input: { channel: 'whatsapp', accountId: SIM.phone.id, customerId: SIM.customers.whatsapp.id, kind: 'image', text: 'This is the product' }, fixture: 'wa-image.json' },
    { input: { channel: 'whatsapp', accountId: SIM.phone.id, customerId: SIM.customers.whatsapp.id, kind: 'voice' }, fixture: 'wa-audio-voice.json' },
  ] as const;

  it.each(cases)('$input.channel $input.kind is signed with the app secret and shaped like $fixture', async ({ input, fixture }) => {
    received.length = 0;
    const result = await sendAsCustomer(sendAsCustomerSchema.parse(input));
    expect(result).toMatchObject({ status: 200, body: 'EVENT_RECEIVED' });
    // Status webhooks from earlier WhatsApp sends may arrive meanwhile; pick this delivery.
    const delivered = received.filter((r) => r.body === JSON.stringify(result.payload));
    expect(delivered).toHaveLength(1);
    const { body, signature } = delivered[0]!;
    expect(signature).toBe(`sha256=${createHmac('sha256', SIMULATOR_APP_SECRET).update(body).digest('hex')}`);
    expect(shapeOf(JSON.parse(body))).toEqual(shapeOf(readFixture(fixture)));
  });

  it('serves the customer media: WhatsApp by media id with a token, Instagram from a CDN-style URL', async () => {
    const voice = await sendAsCustomer(sendAsCustomerSchema.parse({ channel: 'whatsapp', accountId: SIM.phone.id, customerId: SIM.customers.whatsapp.id, kind: 'voice' }));
    const audio = parsed(voice.payload).entry[0].changes[0].value.messages[0].audio;
    expect(audio).toMatchObject({ voice: true, mime_type: 'audio/ogg; codecs=opus' });
    const { body: token } = await facebookUserToken([SIM.waba.id, SIM.phone.id], true);
    const meta = await call('GET', `/graph/${audio.id}?phone_number_id=${SIM.phone.id}`, { token: token.access_token });
    expect(meta.body).toMatchObject({ mime_type: 'audio/ogg; codecs=opus', sha256: audio.sha256 });
    const bytes = Buffer.from(await (await GET(new Request(meta.body.url.replace(appUrl, 'http://localhost:3000'), { headers: { authorization: `Bearer ${token.access_token}` } }))).arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('OggS');
    expect(bytes.length).toBe(meta.body.file_size);

    const igVoice = await sendAsCustomer(sendAsCustomerSchema.parse({ channel: 'instagram', accountId: SIM.instagram.id, customerId: SIM.customers.instagram.id, kind: 'voice' }));
    const attachment = parsed(igVoice.payload).entry[0].messaging[0].message.attachments[0];
    expect(attachment.type).toBe('audio');
    const cdn = await GET(new Request(attachment.payload.url.replace(appUrl, 'http://localhost:3000')));
    expect(cdn.headers.get('content-type')).toBe('audio/ogg; codecs=opus');
  });

  it('lets a comment sent from the console be privately replied to once', async () => {
    const comment = await sendAsCustomer(sendAsCustomerSchema.parse({ channel: 'instagram', accountId: SIM.instagram.id, customerId: SIM.customers.instagram.id, kind: 'comment', text: 'How much?' }));
    const commentId = parsed(comment.payload).entry[0].changes[0].value.id as string;
    const { token } = await issueSimToken({ type: 'instagram', subject: SIM.instagram.id, accounts: [], expiresInSeconds: 3600 });
    const reply = () => call('POST', '/instagram-graph/me/messages', { token, json: { recipient: { comment_id: commentId }, message: { text: 'DM sent!' } } });
    expect((await reply()).body.recipient_id).toBe(SIM.customers.instagram.id);
    expect((await reply()).body.error.error_subcode).toBe(2534022);
  });
});

describe('OAuth dialogs', () => {
  it('redirects Embedded Signup with the code, state, WABA and phone number ids', async () => {
    // The dialog only redirects to the app's own host (APP_URL, here the stand-in server).
    const appRedirect = `${appUrl}/api/channels/callback/whatsapp`;
    const target = new URL(await approveDialog({ dialog: 'facebook', clientId: 'relaydesk-dev-app', redirectUri: appRedirect, state: 'st8', scopes: ['whatsapp_business_messaging'], extras: '{"feature":"whatsapp_embedded_signup"}', accountIds: [SIM.phone.id] }));
    expect(`${target.origin}${target.pathname}`).toBe(appRedirect);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({ state: 'st8', waba_id: SIM.waba.id, phone_number_id: SIM.phone.id, code: expect.any(String) });
    const exchanged = await call('GET', `/graph/oauth/access_token?${new URLSearchParams({ client_id: 'relaydesk-dev-app', client_secret: SIMULATOR_APP_SECRET, code: target.searchParams.get('code')! })}`);
    expect((await call('GET', `/graph/${SIM.waba.id}/phone_numbers`, { token: exchanged.body.access_token })).status).toBe(200);
  });

  it('refuses a foreign redirect host or app id, and denies with user_denied', async () => {
    await expect(approveDialog({ dialog: 'instagram', clientId: 'relaydesk-dev-app', redirectUri: 'https://evil.example/cb', scopes: [], accountIds: [SIM.instagram.id] })).rejects.toThrow(/redirect_uri/);
    await expect(approveDialog({ dialog: 'instagram', clientId: 'other-app', redirectUri, scopes: [], accountIds: [SIM.instagram.id] })).rejects.toThrow(/client_id/);
    expect(Object.fromEntries(new URL(deniedRedirect(redirectUri, 'st8')).searchParams)).toMatchObject({ error: 'access_denied', error_reason: 'user_denied', state: 'st8' });
  });
});

describe('captured traffic', () => {
  it('prunes to the newest records of a kind', async () => {
    for (const key of ['a', 'b', 'c', 'd']) {
      await putSimRecord('subscription', `prune-${key}`, {});
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const before = (await listSimRecords('subscription')).length;
    await pruneSimRecords('subscription', 2);
    const after = (await listSimRecords('subscription')).map((r) => r.key);
    expect(before).toBeGreaterThanOrEqual(4);
    expect(after).toEqual(['prune-d', 'prune-c']);
  });
});
