// Issue 16.1: Meta's Deauthorize and Data Deletion callbacks for every channel type. Each channel
// stores at connect time the user id those callbacks name (tests/integration/channels-connect
// checks the connect flows): the app-scoped Instagram user id for Instagram Login, the app-scoped
// Facebook user id for Messenger and WhatsApp Embedded Signup. Deauthorize disconnects exactly that
// user's channels; Data Deletion erases exactly their data and its status page says what.
// Signed requests shaped like the shared fixture (Facebook user 1000000000000001) but issued now —
// the fixture's own issued_at is long past the one-hour freshness window — and any other user's.
import { describe, expect, it } from 'vitest';
import { signedRequestBody, signSignedRequest, TEST_SIGNED_REQUEST_SECRET } from '../support/signed-request';

process.env.META_APP_SECRET = TEST_SIGNED_REQUEST_SECRET;

const { NextRequest } = await import('next/server');
const { db } = await import('@/lib/db');
const { env } = await import('@/lib/env');
const { processDataDeletionRequest } = await import('@/lib/privacy/process-data-deletion-request');
const { getDataDeletionStatus } = await import('@/lib/privacy/get-data-deletion-status');
const { POST: deauthorize } = await import('@/app/api/webhooks/meta/deauthorize/route');
const { POST: dataDeletion } = await import('@/app/api/webhooks/meta/data-deletion/route');
const { createWorkspaceWithOwner } = await import('../factories');
const { createChannel, createConversation, createInboundMessage } = await import('../channel-factories');

const FB_USER = '1000000000000001';
const IG_APP_SCOPED = '27000000000000042';

const post = (handler: (r: InstanceType<typeof NextRequest>) => Promise<Response>, body: string) =>
  handler(new NextRequest('http://localhost/api/webhooks/meta/x', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
const signedFor = (userId: string, secret = env().META_APP_SECRET!) => `signed_request=${encodeURIComponent(signSignedRequest({ algorithm: 'HMAC-SHA256', issued_at: Math.floor(Date.now() / 1000), user_id: userId }, secret))}`;

async function channelOf(workspaceId: string, type: 'instagram' | 'messenger' | 'whatsapp', metaUserId: string) {
  const channel = await createChannel(workspaceId, type);
  await db.channel.update({ where: { id: channel.id }, data: { metaUserId } });
  const { contact, conversation } = await createConversation(channel);
  await createInboundMessage({ channel, conversationId: conversation.id, text: `hello from ${type}` });
  return { channel, contact };
}

describe('Meta callbacks for every channel type', () => {
  it('Deauthorize disconnects exactly the named user\'s channels (IG by its Instagram user, Messenger and WA by the Facebook user)', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const ig = await channelOf(workspace.id, 'instagram', IG_APP_SCOPED);
    const ms = await channelOf(workspace.id, 'messenger', FB_USER);
    const wa = await channelOf(workspace.id, 'whatsapp', FB_USER);
    const other = await channelOf(workspace.id, 'whatsapp', '1000000000000777');

    expect((await post(deauthorize, signedFor(FB_USER, 'wrong-secret-0123456789'))).status).toBe(400);
    expect((await post(deauthorize, signedRequestBody(FB_USER))).status).toBe(200);
    const status = async (id: string) => (await db.channel.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(ms.channel.id)).toBe('disconnected');
    expect(await status(wa.channel.id)).toBe('disconnected');
    expect(await status(ig.channel.id)).toBe('active');
    expect(await status(other.channel.id)).toBe('active');
    // Data of a deauthorized channel is deleted after 30 days, like any disconnect (Privacy Policy).
    const jobs = await db.$queryRaw<{ channelId: string }[]>`select data->>'channelId' as "channelId" from pgboss.job where name = 'delete-channel-data'`;
    expect(jobs.map((j) => j.channelId).sort()).toEqual([ms.channel.id, wa.channel.id].sort());

    expect((await post(deauthorize, signedFor(IG_APP_SCOPED))).status).toBe(200);
    expect(await status(ig.channel.id)).toBe('disconnected');
    expect(await status(other.channel.id)).toBe('active');
  });

  it.each([
    ['instagram', IG_APP_SCOPED],
    ['messenger', FB_USER],
    ['whatsapp', FB_USER],
  ] as const)('Data Deletion for a %s channel erases exactly that user\'s data and reports it', async (type, userId) => {
    const { workspace } = await createWorkspaceWithOwner();
    const mine = await channelOf(workspace.id, type, userId);
    const theirs = await channelOf(workspace.id, type, '1000000000000888');
    await db.channel.updateMany({ where: { metaUserId: userId, NOT: { id: mine.channel.id } }, data: { metaUserId: null } }); // other tests' rows

    const response = await post(dataDeletion, userId === FB_USER ? signedRequestBody(FB_USER) : signedFor(userId));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { url: string; confirmation_code: string };
    // A signed callback is proof enough: it is queued without any code.
    expect(await getDataDeletionStatus({ confirmationCode: body.confirmation_code })).toMatchObject({ status: 'pending', proofCode: null });
    const request = await db.dataDeletionRequest.findUniqueOrThrow({ where: { confirmationCode: body.confirmation_code } });
    expect(await processDataDeletionRequest({ requestId: request.id })).toMatchObject({ skipped: false, channels: 1, contacts: 1, messages: 1 });

    expect(await db.contact.findUnique({ where: { id: mine.contact.id } })).toBeNull();
    expect(await db.contact.findUnique({ where: { id: theirs.contact.id } })).not.toBeNull();
    expect(await db.channel.findUniqueOrThrow({ where: { id: mine.channel.id } })).toMatchObject({ status: 'disconnected', accessTokenEnc: null, metaUserId: null });
    expect(await db.channel.findUniqueOrThrow({ where: { id: theirs.channel.id } })).toMatchObject({ status: 'active' });
    expect(await getDataDeletionStatus({ confirmationCode: body.confirmation_code })).toMatchObject({ status: 'completed', erased: { channels: 1, contacts: 1, conversations: 1, messages: 1, workspaces: 1 } });
    expect(await db.auditLog.count({ where: { workspaceId: workspace.id, action: 'privacy.data_erased' } })).toBe(1);
    // The request keeps no readable user id once done.
    expect(await db.dataDeletionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ identifier: null });
  });

  it('reports truthfully when the user connected nothing', async () => {
    const response = await post(dataDeletion, signedFor('1000000000000555'));
    const body = (await response.json()) as { confirmation_code: string };
    const request = await db.dataDeletionRequest.findUniqueOrThrow({ where: { confirmationCode: body.confirmation_code } });
    await processDataDeletionRequest({ requestId: request.id });
    expect(await getDataDeletionStatus({ confirmationCode: body.confirmation_code })).toMatchObject({ status: 'completed', erased: { channels: 0, contacts: 0 } });
  });
});
