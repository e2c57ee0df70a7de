// Issue 16.3: retention is swept daily. Each row of the retention table has a sweep, and each
// sweep deletes what is past its period and nothing younger.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';

const storageDir = mkdtempSync(path.join(tmpdir(), 'relaydesk-retention-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const { db } = await import('@/lib/db');
const { getStorage, mediaStorageKey } = await import('@/lib/storage/storage');
const { runRetentionSweeps, retentionSweeps } = await import('@/lib/retention/run-retention-sweeps');
const { listRetentionPeriods } = await import('@/lib/retention/retention-periods');
const { jobRegistry } = await import('@/lib/jobs/registry');
const { createWorkspaceWithOwner } = await import('../factories');
const { createChannel, createConversation, createInboundMessage } = await import('../channel-factories');

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function conversationAged(workspaceId: string, days: number) {
  const channel = await createChannel(workspaceId, 'whatsapp');
  const { conversation } = await createConversation(channel);
  await createInboundMessage({ channel, conversationId: conversation.id, sentAt: ago(days) });
  await db.conversation.update({ where: { id: conversation.id }, data: { lastMessageAt: ago(days) } });
  return conversation.id;
}
const exists = async (id: string) => (await db.conversation.count({ where: { id } })) === 1;

describe('retention sweeps', () => {
  it('every sweep belongs to a row of the retention table, and the daily job runs them', () => {
    const ids = new Set(listRetentionPeriods().map((p) => p.id));
    for (const id of Object.keys(retentionSweeps)) if (id !== 'rate_limit_buckets') expect(ids).toContain(id);
    const job = jobRegistry.find((j) => j.name === 'privacy-retention-sweep');
    expect(job?.schedule).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it('erases conversation history per the workspace setting, counted from the last message', async () => {
    const ninety = await createWorkspaceWithOwner();
    await db.workspace.update({ where: { id: ninety.workspace.id }, data: { historyRetention: 'days_90' } });
    const old90 = await conversationAged(ninety.workspace.id, 100);
    const young90 = await conversationAged(ninety.workspace.id, 80);
    const planDefault = await createWorkspaceWithOwner(); // default setting on a trial (30 days of history shown): hides, never deletes
    const oldPlan = await conversationAged(planDefault.workspace.id, 40);
    const youngPlan = await conversationAged(planDefault.workspace.id, 20);
    const forever = await createWorkspaceWithOwner();
    await db.workspace.update({ where: { id: forever.workspace.id }, data: { historyRetention: 'forever' } });
    const ancient = await conversationAged(forever.workspace.id, 2000);

    await runRetentionSweeps();
    expect([await exists(old90), await exists(young90), await exists(oldPlan), await exists(youngPlan), await exists(ancient)]).toEqual([false, true, true, true, true]);
  });

  it('sweeps raw webhooks, sessions, email copies, agent runs, outbox, pending statuses, tokens and exports', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    await db.workspace.update({ where: { id: workspace.id }, data: { historyRetention: 'forever' } });
    const oldDelivery = await db.webhookDelivery.create({ data: { rawBody: Buffer.from('{}'), status: 'accepted', receivedAt: ago(31) } });
    const newDelivery = await db.webhookDelivery.create({ data: { rawBody: Buffer.from('{}'), status: 'accepted', receivedAt: ago(29) } });
    const endedLongAgo = await db.session.create({ data: { userId: owner.id, expiresAt: ago(31), lastSeenAt: ago(60) } });
    const revokedRecently = await db.session.create({ data: { userId: owner.id, expiresAt: new Date(Date.now() + DAY), revokedAt: ago(10), lastSeenAt: ago(10) } });
    const idleLongAgo = await db.session.create({ data: { userId: owner.id, expiresAt: new Date(Date.now() + DAY), lastSeenAt: ago(40) } });
    const live = await db.session.create({ data: { userId: owner.id, expiresAt: new Date(Date.now() + DAY) } });
    const oldEmail = await db.emailMessage.create({ data: { to: 'a@example.com', subject: 's', html: 'h', text: 't', template: 'verify-email', transport: 'dev-mailbox', createdAt: ago(31) } });
    const newEmail = await db.emailMessage.create({ data: { to: 'a@example.com', subject: 's', html: 'h', text: 't', template: 'verify-email', transport: 'dev-mailbox', createdAt: ago(1) } });
    const conversationId = await conversationAged(workspace.id, 1);
    const oldRun = await db.agentRun.create({ data: { workspaceId: workspace.id, conversationId, kind: 'reply', mode: 'draft', provider: 'offline', replyText: 'x', createdAt: ago(181) } });
    const newRun = await db.agentRun.create({ data: { workspaceId: workspace.id, conversationId, kind: 'intro', mode: 'draft', provider: 'offline', replyText: 'x', createdAt: ago(1) } });
    const oldOutbox = await db.notificationOutbox.create({ data: { workspaceId: workspace.id, userId: owner.id, kind: 'mention', summary: 'x', createdAt: ago(8) } });
    const oldPending = await db.pendingMessageStatus.create({ data: { workspaceId: workspace.id, channelId: (await createChannel(workspace.id, 'whatsapp')).id, externalId: `wamid.${randomBytes(4).toString('hex')}`, status: 'read', occurredAt: ago(8), createdAt: ago(8) } });
    const oldToken = await db.userToken.create({ data: { userId: owner.id, purpose: 'password_reset', tokenHash: randomBytes(16).toString('hex'), expiresAt: ago(8) } });
    const exportId = '0190a000-0000-7000-8000-00000000e001';
    const key = mediaStorageKey(workspace.id, exportId);
    await getStorage().put(key, Buffer.from('zip'), { contentType: 'application/zip' });
    await db.workspaceExport.create({ data: { id: exportId, workspaceId: workspace.id, status: 'ready', storageKey: key, expiresAt: ago(0.01) } });

    await runRetentionSweeps();
    expect(await db.webhookDelivery.findUnique({ where: { id: oldDelivery.id } })).toBeNull();
    expect(await db.webhookDelivery.findUnique({ where: { id: newDelivery.id } })).not.toBeNull();
    const sessions = (await db.session.findMany({ where: { userId: owner.id }, select: { id: true } })).map((s) => s.id).sort();
    expect(sessions).toEqual([revokedRecently.id, live.id].sort());
    void endedLongAgo;
    void idleLongAgo;
    expect(await db.emailMessage.findUnique({ where: { id: oldEmail.id } })).toBeNull();
    expect(await db.emailMessage.findUnique({ where: { id: newEmail.id } })).not.toBeNull();
    expect(await db.agentRun.findUnique({ where: { id: oldRun.id } })).toBeNull();
    expect(await db.agentRun.findUnique({ where: { id: newRun.id } })).not.toBeNull();
    expect(await db.notificationOutbox.findUnique({ where: { id: oldOutbox.id } })).toBeNull();
    expect(await db.pendingMessageStatus.findUnique({ where: { id: oldPending.id } })).toBeNull();
    expect(await db.userToken.findUnique({ where: { id: oldToken.id } })).toBeNull();
    expect(await db.workspaceExport.findUniqueOrThrow({ where: { id: exportId } })).toMatchObject({ status: 'expired', storageKey: null });
    expect(await getStorage().stat(key)).toBeNull();
  });

  it('erases closed workspaces and accounts whose grace period is over, and nothing earlier', async () => {
    const due = await createWorkspaceWithOwner();
    await db.workspace.update({ where: { id: due.workspace.id }, data: { closedAt: ago(31), eraseAfter: ago(1) } });
    const restorable = await createWorkspaceWithOwner();
    await db.workspace.update({ where: { id: restorable.workspace.id }, data: { closedAt: ago(5), eraseAfter: new Date(Date.now() + 25 * DAY) } });
    const leaving = await createWorkspaceWithOwner();
    await db.user.update({ where: { id: leaving.owner.id }, data: { deletionRequestedAt: ago(31), deleteAfter: ago(1) } });

    await runRetentionSweeps();
    expect(await db.workspace.findUnique({ where: { id: due.workspace.id } })).toBeNull();
    expect(await db.workspace.findUnique({ where: { id: restorable.workspace.id } })).not.toBeNull();
    expect(await db.user.findUnique({ where: { id: leaving.owner.id } })).toBeNull();
    // The sole member's workspace went with the account.
    expect(await db.workspace.findUnique({ where: { id: leaving.workspace.id } })).toBeNull();
  });
});
