// Connect flows, disconnect and channel-data deletion against a fake Graph server.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pointMetaAt, startFakeGraphServer } from '../fake-graph-routes';

const graph = await startFakeGraphServer();
pointMetaAt(graph.base);
const storageDir = path.join(os.tmpdir(), `relaydesk-storage-${process.pid}-${Date.now()}`);
process.env.STORAGE_DIR = storageDir;

const { db } = await import('@/lib/db');
const { decryptToken } = await import('@/lib/crypto/token-cipher');
const { getBoss } = await import('@/lib/jobs/boss');
const { startWorkers } = await import('@/lib/jobs/start-workers');
const { deleteChannelDataJob } = await import('@/lib/jobs/definitions/delete-channel-data');
const { createOAuthState, verifyOAuthState } = await import('@/lib/meta/oauth/oauth-state');
const { buildConnectDialogUrl } = await import('@/lib/meta/oauth/build-connect-dialog-url');
const { connectInstagram } = await import('@/lib/meta/oauth/connect-instagram');
const { connectMessengerPage, fetchMessengerPages } = await import('@/lib/meta/oauth/connect-messenger');
const { connectWhatsApp } = await import('@/lib/meta/oauth/connect-whatsapp');
const { openPendingPages, sealPendingPages } = await import('@/lib/meta/oauth/pending-pages-cookie');
const { listChannels } = await import('@/lib/channels/list-channels');
const { getChannelOrThrow } = await import('@/lib/channels/get-channel-or-throw');
const { disconnectChannel } = await import('@/lib/channels/disconnect-channel');
const { deleteChannelData } = await import('@/lib/channels/delete-channel-data');
const { addMember, contextFor, createWorkspaceWithOwner } = await import('../factories');

const IG_USER = '17841400000000001';
const IG_APP_SCOPED_ID = '27000000000000042';
graph.on('POST', /^\/ig-api\/oauth\/access_token$/, () => ({ json: { access_token: 'IG_SHORT_TOKEN', user_id: Number(IG_USER) } }));
graph.on('GET', /^\/ig-graph\/access_token$/, () => ({ json: { access_token: 'IG_LONG_TOKEN_secret', token_type: 'bearer', expires_in: 5183944 } }));
// `id` is the app-scoped Instagram user id (what the Deauthorize/Data Deletion callbacks name).
graph.on('GET', /^\/ig-graph\/me$/, () => ({ json: { id: IG_APP_SCOPED_ID, user_id: IG_USER, username: 'acme.shop', name: 'Acme Shop', profile_picture_url: 'https://cdn.example/acme.jpg' } }));
graph.on('GET', /^\/graph\/oauth\/access_token$/, (r) => ({
  json: { access_token: r.query.grant_type === 'fb_exchange_token' ? 'FB_LONG_USER_TOKEN' : r.query.code?.startsWith('wa-') ? 'WA_BUSINESS_TOKEN' : 'FB_SHORT_USER_TOKEN' },
}));
graph.on('GET', /^\/graph\/me$/, () => ({ json: { id: '1000000000000001', name: 'Pat Owner' } }));
let pages = [{ id: '100000000000001', name: 'Acme Page', access_token: 'PAGE_TOKEN_1', picture: { data: { url: 'https://cdn.example/p1.jpg' } } }];
graph.on('GET', /^\/graph\/me\/accounts$/, () => ({ json: { data: pages } }));
graph.on('GET', /^\/graph\/100000000000101\/phone_numbers$/, () => ({ json: { data: [{ id: '106540352242922', display_phone_number: '15550783881', verified_name: 'Acme WA' }] } }));

afterAll(async () => {
  await graph.close();
});

async function ownerCtx() {
  const { workspace, owner } = await createWorkspaceWithOwner();
  return contextFor(owner.id, workspace.id);
}

describe('OAuth state', () => {
  it('accepts its own state and rejects tampered, expired, foreign-user and wrong-flow states', async () => {
    const ctx = await ownerCtx();
    const binding = { workspaceId: ctx.workspace.id, userId: ctx.user.id };
    const state = createOAuthState({ ...binding, type: 'instagram' });
    expect(() => verifyOAuthState({ ...binding, state, type: 'instagram' })).not.toThrow();

    const [body, sig] = state.split('.');
    const flipped = `${body}.${sig!.slice(0, -2)}${sig!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => verifyOAuthState({ ...binding, state: flipped, type: 'instagram' })).toThrow(/could not be verified/);
    expect(() => verifyOAuthState({ ...binding, state: null, type: 'instagram' })).toThrow(/could not be verified/);
    expect(() => verifyOAuthState({ ...binding, state: 'garbage', type: 'instagram' })).toThrow(/could not be verified/);
    expect(() => verifyOAuthState({ ...binding, state, type: 'instagram', now: new Date(Date.now() + 16 * 60_000) })).toThrow(/expired/);
    expect(() => verifyOAuthState({ ...binding, state, type: 'messenger' })).toThrow(/another workspace or by another user/);
    const other = await addMember(ctx.workspace.id, 'admin');
    expect(() => verifyOAuthState({ workspaceId: ctx.workspace.id, userId: other.id, state, type: 'instagram' })).toThrow(/another user/);
  });

  it('builds the dialog URLs from configuration', () => {
    const ig = new URL(buildConnectDialogUrl({ type: 'instagram', state: 's1' }));
    expect(ig.origin + ig.pathname).toBe(`${graph.base}/dialog/instagram`);
    expect(ig.searchParams.get('redirect_uri')).toBe('http://localhost:3999/api/channels/instagram/callback');
    expect(ig.searchParams.get('scope')).toBe('instagram_business_basic,instagram_business_manage_messages,instagram_business_manage_comments');
    const wa = new URL(buildConnectDialogUrl({ type: 'whatsapp', state: 's2' }));
    expect(JSON.parse(wa.searchParams.get('extras')!)).toEqual({ setup: {}, featureType: 'whatsapp_embedded_signup' });
    expect(wa.searchParams.get('response_type')).toBe('code');
  });
});

describe('Instagram Business Login', () => {
  it('exchanges the code, subscribes webhooks and stores the token encrypted', async () => {
    const ctx = await ownerCtx();
    const channel = await connectInstagram({ ctx, code: 'ig-code-1' });

    const exchange = graph.find('POST', '/ig-api/oauth/access_token').at(-1)!;
    const form = new URLSearchParams(exchange.body);
    expect(Object.fromEntries(form)).toMatchObject({ client_id: '1234567890', grant_type: 'authorization_code', code: 'ig-code-1', redirect_uri: 'http://localhost:3999/api/channels/instagram/callback' });
    expect(graph.find('GET', '/ig-graph/access_token').at(-1)!.query).toMatchObject({ grant_type: 'ig_exchange_token', access_token: 'IG_SHORT_TOKEN' });
    const subscribe = graph.find('POST', '/ig-graph/me/subscribed_apps').at(-1)!;
    expect(subscribe.query.subscribed_fields).toBe('messages,messaging_postbacks,messaging_seen,message_reactions,comments');
    expect(subscribe.authorization).toBe('Bearer IG_LONG_TOKEN_secret');

    const row = await db.channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row).toMatchObject({ type: 'instagram', externalId: IG_USER, igUserId: IG_USER, name: 'acme.shop', status: 'active', workspaceId: ctx.workspace.id, metaUserId: IG_APP_SCOPED_ID });
    expect(row.accessTokenEnc).not.toContain('IG_LONG_TOKEN');
    expect(JSON.stringify(row)).not.toContain('IG_LONG_TOKEN_secret');
    expect(decryptToken(row.accessTokenEnc!)).toBe('IG_LONG_TOKEN_secret');
    expect(Math.abs(row.tokenExpiresAt!.getTime() - (Date.now() + 5183944_000))).toBeLessThan(60_000);

    const listed = await listChannels({ ctx });
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0]!)).not.toContain('accessTokenEnc');
    expect(JSON.stringify(listed)).not.toContain('IG_LONG');
    expect((await getChannelOrThrow({ ctx, id: channel.id })).name).toBe('acme.shop');
    expect(await db.auditLog.count({ where: { workspaceId: ctx.workspace.id, action: 'channel.connected', targetId: channel.id } })).toBe(1);

    // Connecting the same account again in the same workspace reconnects the row.
    const again = await connectInstagram({ ctx, code: 'ig-code-2' });
    expect(again).toMatchObject({ id: channel.id, reconnected: true });

    // Another workspace: a clear conflict, nothing changes.
    const other = await ownerCtx();
    await expect(connectInstagram({ ctx: other, code: 'ig-code-3' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already connected to another Relaydesk workspace/) });
    expect(await db.channel.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
    // An agent may not connect at all.
    const agent = await addMember(ctx.workspace.id, 'agent');
    await expect(connectInstagram({ ctx: await contextFor(agent.id, ctx.workspace.id), code: 'ig-code-4' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('Facebook Login for Pages (Messenger)', () => {
  it('gets a long-lived user token, lists Pages and connects one with its Page token', async () => {
    const ctx = await ownerCtx();
    const found = await fetchMessengerPages({ code: 'fb-code-1' });
    expect(graph.find('GET', '/graph/oauth/access_token').some((r) => r.query.grant_type === 'fb_exchange_token' && r.query.fb_exchange_token === 'FB_SHORT_USER_TOKEN')).toBe(true);
    expect(found).toEqual({ metaUserId: '1000000000000001', pages: [{ id: '100000000000001', name: 'Acme Page', accessToken: 'PAGE_TOKEN_1', pictureUrl: 'https://cdn.example/p1.jpg' }] });

    const channel = await connectMessengerPage({ ctx, metaUserId: found.metaUserId, page: found.pages[0]! });
    const subscribe = graph.find('POST', '/graph/100000000000001/subscribed_apps').at(-1)!;
    expect(subscribe.authorization).toBe('Bearer PAGE_TOKEN_1');
    expect(subscribe.query.subscribed_fields).toBe('messages,messaging_postbacks,message_echoes,message_deliveries,message_reads,message_reactions');
    const row = await db.channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row).toMatchObject({ type: 'messenger', externalId: '100000000000001', pageId: '100000000000001', metaUserId: '1000000000000001' });
    expect(row.accessTokenEnc).not.toContain('PAGE_TOKEN_1');
    expect(decryptToken(row.accessTokenEnc!)).toBe('PAGE_TOKEN_1');
  });

  it('keeps several Pages in a sealed cookie bound to the workspace and user', async () => {
    const ctx = await ownerCtx();
    pages = [
      { id: '100000000000002', name: 'Shop A', access_token: 'PAGE_TOKEN_A', picture: { data: { url: '' } } },
      { id: '100000000000003', name: 'Shop B', access_token: 'PAGE_TOKEN_B', picture: { data: { url: '' } } },
    ];
    const found = await fetchMessengerPages({ code: 'fb-code-2' });
    const sealed = sealPendingPages({ workspaceId: ctx.workspace.id, userId: ctx.user.id, pages: found });
    expect(sealed).not.toContain('PAGE_TOKEN');
    expect(openPendingPages({ sealed, workspaceId: ctx.workspace.id, userId: ctx.user.id }).pages.map((p) => p.name)).toEqual(['Shop A', 'Shop B']);
    expect(() => openPendingPages({ sealed, workspaceId: ctx.workspace.id, userId: '00000000-0000-7000-8000-000000000001' })).toThrow(/expired/);
    expect(() => openPendingPages({ sealed, workspaceId: ctx.workspace.id, userId: ctx.user.id, now: new Date(Date.now() + 11 * 60_000) })).toThrow(/expired/);
    expect(() => openPendingPages({ sealed: sealed.slice(0, -4), workspaceId: ctx.workspace.id, userId: ctx.user.id })).toThrow(/expired/);
  });
});

describe('WhatsApp Embedded Signup', () => {
  it('exchanges the code, subscribes the WABA, registers the number and queues the template sync', async () => {
    const boss = await getBoss();
    if (!(await boss.getQueue('sync-whatsapp-templates'))) await boss.createQueue('sync-whatsapp-templates');
    const ctx = await ownerCtx();
    const channel = await connectWhatsApp({ ctx, code: 'wa-code-1', wabaId: '100000000000101', phoneNumberId: '106540352242922' });

    expect(graph.find('POST', '/graph/100000000000101/subscribed_apps').at(-1)!.authorization).toBe('Bearer WA_BUSINESS_TOKEN');
    const register = JSON.parse(graph.find('POST', '/graph/106540352242922/register').at(-1)!.body);
    expect(register.messaging_product).toBe('whatsapp');
    expect(register.pin).toMatch(/^\d{6}$/);
    const row = await db.channel.findUniqueOrThrow({ where: { id: channel.id } });
    // The Facebook user who ran Embedded Signup: Meta's callbacks name them (issue 16.1).
    expect(row).toMatchObject({ type: 'whatsapp', externalId: '106540352242922', phoneNumberId: '106540352242922', wabaId: '100000000000101', displayPhone: '15550783881', name: 'Acme WA', metaUserId: '1000000000000001' });
    expect(decryptToken(row.accessTokenEnc!)).toBe('WA_BUSINESS_TOKEN');
    const [job] = await boss.fetch<{ channelId: string }>('sync-whatsapp-templates');
    expect(job?.data).toEqual({ channelId: channel.id });

    await expect(connectWhatsApp({ ctx, code: 'wa-code-2', wabaId: '100000000000101', phoneNumberId: '999' })).rejects.toMatchObject({ code: 'bad_request' });
  });
});

describe('disconnect and channel-data deletion', () => {
  async function seedData(channel: { id: string; workspaceId: string }) {
    const contact = await db.contact.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, externalId: `c-${channel.id}` } });
    const conversation = await db.conversation.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, contactId: contact.id } });
    const message = await db.message.create({
      data: { workspaceId: channel.workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'inbound', kind: 'image', sender: 'customer', status: 'received', sentAt: new Date() },
    });
    // Stored the way download-media stores files: at <workspaceId>/<mediaId>, the only key shape Storage accepts.
    const media = await db.messageMedia.create({ data: { workspaceId: channel.workspaceId, messageId: message.id, kind: 'image', status: 'stored' } });
    const storageKey = `${channel.workspaceId}/${media.id}`;
    await db.messageMedia.update({ where: { id: media.id }, data: { storageKey } });
    await mkdir(path.join(storageDir, channel.workspaceId), { recursive: true });
    await writeFile(path.join(storageDir, storageKey), 'jpeg');
    return { file: path.join(storageDir, storageKey) };
  }

  it('revokes at Meta, forgets the token and schedules deletion in 30 days', async () => {
    pages = [{ id: '100000000000009', name: 'Page Nine', access_token: 'PAGE_TOKEN_9', picture: { data: { url: '' } } }];
    const ctx = await ownerCtx();
    const found = await fetchMessengerPages({ code: 'fb-code-9' });
    const channel = await connectMessengerPage({ ctx, metaUserId: found.metaUserId, page: found.pages[0]! });
    const before = graph.requests.length;

    const agent = await addMember(ctx.workspace.id, 'agent');
    await expect(disconnectChannel({ ctx: await contextFor(agent.id, ctx.workspace.id), channelId: channel.id, deleteNow: false })).rejects.toMatchObject({ code: 'forbidden' });
    const other = await ownerCtx();
    await expect(disconnectChannel({ ctx: other, channelId: channel.id, deleteNow: false })).rejects.toMatchObject({ code: 'not_found' });

    const { deleteDataAfter } = await disconnectChannel({ ctx, channelId: channel.id, deleteNow: false });
    const calls = graph.requests.slice(before);
    expect(calls.find((r) => r.method === 'DELETE' && r.path === '/graph/100000000000009/subscribed_apps')?.authorization).toBe('Bearer PAGE_TOKEN_9');
    // Other active channels of the same Facebook user (from earlier tests) keep the grant.
    expect(calls.some((r) => r.method === 'DELETE' && r.path.endsWith('/permissions'))).toBe(false);
    const row = await db.channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row).toMatchObject({ status: 'disconnected', accessTokenEnc: null });
    expect(Math.abs(deleteDataAfter.getTime() - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);
    const jobs = await db.$queryRaw<{ start_after: Date }[]>`select start_after from pgboss.job where name = 'delete-channel-data' and data->>'channelId' = ${channel.id}`;
    expect(jobs).toHaveLength(1);
    expect(Math.abs(jobs[0]!.start_after.getTime() - deleteDataAfter.getTime())).toBeLessThan(1_000);
    expect(await db.auditLog.count({ where: { action: 'channel.disconnected', targetId: channel.id } })).toBe(1);
    // Not due yet: the job leaves the data alone.
    expect(await deleteChannelData({ channelId: channel.id })).toMatchObject({ deleted: false, reason: 'deletion is not due yet' });
  });

  it('"delete now" removes contacts, conversations, messages and media files through the job', async () => {
    const ctx = await ownerCtx();
    const channel = await db.channel.create({ data: { workspaceId: ctx.workspace.id, type: 'instagram', externalId: '17841400000000077', name: 'to.delete', accessTokenEnc: null } });
    const { file } = await seedData(channel);
    const untouched = await db.channel.create({ data: { workspaceId: ctx.workspace.id, type: 'instagram', externalId: '17841400000000078', name: 'keep' } });
    await seedData(untouched);

    const stop = await startWorkers({ jobs: [deleteChannelDataJob], pollingIntervalSeconds: 0.5 });
    await disconnectChannel({ ctx, channelId: channel.id, deleteNow: true });
    await vi.waitFor(async () => expect(await db.contact.count({ where: { channelId: channel.id } })).toBe(0), { timeout: 15_000, interval: 200 });
    await stop(2_000);

    expect(await db.message.count({ where: { channelId: channel.id } })).toBe(0);
    expect(await db.conversation.count({ where: { channelId: channel.id } })).toBe(0);
    expect(await db.messageMedia.count({ where: { message: { channelId: channel.id } } })).toBe(0);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await db.contact.count({ where: { channelId: untouched.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'channel.data_deleted', targetId: channel.id } })).toBe(1);
    // Idempotent: a second run finds nothing left and does not fail.
    expect(await deleteChannelData({ channelId: channel.id })).toMatchObject({ deleted: true, contacts: 0 });
  });

  it('skips the deletion when the channel was reconnected meanwhile', async () => {
    const ctx = await ownerCtx();
    const channel = await db.channel.create({ data: { workspaceId: ctx.workspace.id, type: 'instagram', externalId: '17841400000000079', name: 'back' } });
    await seedData(channel);
    await db.channel.update({ where: { id: channel.id }, data: { status: 'active', deleteDataAfter: null } });
    expect(await deleteChannelData({ channelId: channel.id })).toMatchObject({ deleted: false, reason: 'channel was reconnected' });
    expect(await db.contact.count({ where: { channelId: channel.id } })).toBe(1);
  });
});
