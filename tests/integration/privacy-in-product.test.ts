// Issue 16.4 and 16.5 in the product: contact export, workspace export (job, progress, owners
// only, 7 days), audit log CSV, deleting a conversation or a contact (admins), closing and
// restoring a workspace (owner, 30-day grace), and deleting one's account (refused while sole
// owner of a shared workspace, otherwise 30-day grace). Each is scoped to the caller's workspace.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';

const storageDir = mkdtempSync(path.join(tmpdir(), 'relaydesk-privacy-product-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const { db } = await import('@/lib/db');
const { exportContactData } = await import('@/lib/contacts/export-contact-data');
const { deleteContact } = await import('@/lib/contacts/delete-contact');
const { deleteConversation } = await import('@/lib/inbox/delete-conversation');
const { exportAuditLogCsv } = await import('@/lib/audit/export-audit-log-csv');
const { requestWorkspaceExport } = await import('@/lib/exports/request-workspace-export');
const { buildWorkspaceExport } = await import('@/lib/exports/build-workspace-export');
const { openWorkspaceExport } = await import('@/lib/exports/open-workspace-export');
const { closeWorkspace } = await import('@/lib/workspaces/close-workspace');
const { restoreWorkspace } = await import('@/lib/workspaces/restore-workspace');
const { eraseClosedWorkspace } = await import('@/lib/workspaces/erase-closed-workspace');
const { requestAccountDeletion } = await import('@/lib/account/request-account-deletion');
const { cancelAccountDeletion } = await import('@/lib/account/cancel-account-deletion');
const { eraseDueUserAccount } = await import('@/lib/account/erase-due-user-account');
const { recordAudit } = await import('@/lib/audit/record-audit');
const { createWorkspaceWithOwner, addMember, contextFor, setWorkspacePlan } = await import('../factories');
const { createChannel, createConversation, createInboundMessage } = await import('../channel-factories');

const DAY = 86_400_000;
const jobs = (name: string) => db.$queryRaw<{ data: Record<string, string> }[]>`select data from pgboss.job where name = ${name}`;
const emailsTo = (to: string) => db.$queryRaw<{ subject: string }[]>`select data->'props'->>'subject' as subject from pgboss.job where name = 'send-email' and data->>'to' = ${to}`;

async function shop() {
  const { workspace, owner } = await createWorkspaceWithOwner();
  const channel = await createChannel(workspace.id, 'whatsapp');
  const { contact, conversation } = await createConversation(channel);
  await createInboundMessage({ channel, conversationId: conversation.id, text: '=HYPERLINK("http://evil")' });
  await createInboundMessage({ channel, conversationId: conversation.id, text: 'Second, with "quotes", commas' });
  return { workspace, owner, channel, contact, conversation, ctx: await contextFor(owner.id, workspace.id) };
}

function zipEntries(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => { entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8')); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}

describe('export', () => {
  it('exports a contact as JSON and CSV (formula cells neutralised), for admins of that workspace only', async () => {
    const a = await shop();
    const b = await shop();
    const { json, csv } = await exportContactData({ ctx: a.ctx, contactId: a.contact.id });
    const data = JSON.parse(json);
    expect(data.contact).toMatchObject({ id: a.contact.id, externalId: a.contact.externalId, channel: 'whatsapp' });
    expect(data.conversations[0].messages.map((m: { text: string }) => m.text)).toEqual(['=HYPERLINK("http://evil")', 'Second, with "quotes", commas']);
    expect(csv.split('\r\n')[0]).toBe('conversation_id,sent_at,direction,sender,kind,status,text,media_links');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    await expect(exportContactData({ ctx: a.ctx, contactId: b.contact.id })).rejects.toMatchObject({ code: 'not_found' });
    const agent = await addMember(a.workspace.id, 'agent');
    await expect(exportContactData({ ctx: await contextFor(agent.id, a.workspace.id), contactId: a.contact.id })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('exports the audit log as CSV with only this workspace\'s entries', async () => {
    const a = await shop();
    const b = await shop();
    await recordAudit({ action: 'workspace.renamed', ctx: a.ctx, metadata: { to: 'A shop' } });
    await recordAudit({ action: 'workspace.renamed', ctx: b.ctx, metadata: { to: 'B secret shop' } });
    const csv = await exportAuditLogCsv({ ctx: a.ctx });
    expect(csv).toContain('workspace.renamed');
    expect(csv).toContain(a.owner.email);
    expect(csv).not.toContain('B secret shop');
  });

  it('refuses the audit CSV on a plan without audit log export, with the upgrade path', async () => {
    const a = await shop();
    await setWorkspacePlan(a.workspace.id, 'growth');
    await expect(exportAuditLogCsv({ ctx: a.ctx })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('Scale plan') });
    await setWorkspacePlan(a.workspace.id, 'scale');
    expect(await exportAuditLogCsv({ ctx: a.ctx })).toContain('time_utc');
  });

  it('builds the workspace zip in a job with progress; owners download it for 7 days', async () => {
    const a = await shop();
    const { id } = await requestWorkspaceExport({ ctx: a.ctx });
    expect(await requestWorkspaceExport({ ctx: a.ctx })).toEqual({ id, alreadyRunning: true });
    expect((await jobs('build-workspace-export')).some((j) => j.data.exportId === id)).toBe(true);
    expect(await buildWorkspaceExport({ exportId: id })).toBe('built');
    const row = await db.workspaceExport.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'ready', progress: 100 });
    expect(row.expiresAt!.getTime() - Date.now()).toBeGreaterThan(6.9 * DAY);

    const file = await openWorkspaceExport({ ctx: a.ctx, exportId: id });
    const entries = await zipEntries(Buffer.concat(await file.stream.toArray()));
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['workspace.json', 'contacts.csv', 'contacts.json', 'labels.json', 'canned-responses.json', 'agent/settings-versions.json', 'audit-log.csv', `conversations/${a.conversation.id}.json`]));
    expect(entries.get(`conversations/${a.conversation.id}.json`)).toContain('Second, with');
    expect(entries.get('workspace.json')).not.toContain('accessTokenEnc');

    const admin = await addMember(a.workspace.id, 'admin');
    await expect(openWorkspaceExport({ ctx: await contextFor(admin.id, a.workspace.id), exportId: id })).rejects.toMatchObject({ code: 'forbidden' });
    const b = await shop();
    await expect(openWorkspaceExport({ ctx: b.ctx, exportId: id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(openWorkspaceExport({ ctx: a.ctx, exportId: id, now: new Date(Date.now() + 8 * DAY) })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('deletion in the product', () => {
  it('deletes a conversation and a contact for admins, with audit and a confirmation email; agents and other workspaces cannot', async () => {
    const a = await shop();
    const b = await shop();
    const agent = await addMember(a.workspace.id, 'agent');
    await expect(deleteConversation({ ctx: await contextFor(agent.id, a.workspace.id), conversationId: a.conversation.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteConversation({ ctx: a.ctx, conversationId: b.conversation.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteContact({ ctx: a.ctx, contactId: b.contact.id })).rejects.toMatchObject({ code: 'not_found' });

    expect(await deleteConversation({ ctx: a.ctx, conversationId: a.conversation.id })).toMatchObject({ conversations: 1, messages: 2 });
    expect(await db.conversation.findUnique({ where: { id: a.conversation.id } })).toBeNull();
    expect(await db.contact.findUnique({ where: { id: a.contact.id } })).not.toBeNull();
    expect(await deleteContact({ ctx: a.ctx, contactId: a.contact.id })).toMatchObject({ contacts: 1 });
    expect(await db.contact.findUnique({ where: { id: a.contact.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { workspaceId: a.workspace.id, action: { in: ['conversation.deleted', 'contact.deleted'] } } })).toBe(2);
    expect((await emailsTo(a.owner.email)).map((e) => e.subject)).toEqual(expect.arrayContaining([expect.stringMatching(/deleted a conversation/), expect.stringMatching(/deleted a contact/)]));
    expect(await db.conversation.findUnique({ where: { id: b.conversation.id } })).not.toBeNull();
  });

  it('closes a workspace (owner only, name typed), hides it, restores it in grace, and erases it after', async () => {
    const a = await shop();
    // On a trial: no Stripe subscription to cancel (billing-stripe.test.ts covers the cancellation).
    await setWorkspacePlan(a.workspace.id, 'trial');
    const member = await addMember(a.workspace.id, 'admin');
    await expect(closeWorkspace({ ctx: await contextFor(member.id, a.workspace.id), confirmName: a.workspace.name })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(closeWorkspace({ ctx: a.ctx, confirmName: 'nope' })).rejects.toMatchObject({ code: 'bad_request' });

    const { eraseAfter } = await closeWorkspace({ ctx: a.ctx, confirmName: a.workspace.name });
    expect(eraseAfter.getTime() - Date.now()).toBeGreaterThan(29.9 * DAY);
    expect(await db.channel.findUniqueOrThrow({ where: { id: a.channel.id } })).toMatchObject({ status: 'disconnected', accessTokenEnc: null });
    expect((await emailsTo(member.email)).map((e) => e.subject)).toContain(`${a.workspace.name} was closed`);
    expect((await jobs('erase-closed-workspace')).some((j) => j.data.workspaceId === a.workspace.id)).toBe(true);
    const { listMyWorkspaces } = await import('@/lib/workspaces/list-my-workspaces');
    expect(await listMyWorkspaces(member.id)).toEqual([]);
    // Not due yet: the job does nothing.
    expect(await eraseClosedWorkspace({ workspaceId: a.workspace.id })).toBe('not_due');
    await expect(restoreWorkspace({ userId: member.id, workspaceId: a.workspace.id })).rejects.toMatchObject({ code: 'not_found' });
    await restoreWorkspace({ userId: a.owner.id, workspaceId: a.workspace.id });
    expect(await db.workspace.findUniqueOrThrow({ where: { id: a.workspace.id } })).toMatchObject({ closedAt: null, eraseAfter: null });
    expect(await eraseClosedWorkspace({ workspaceId: a.workspace.id, now: new Date(Date.now() + 31 * DAY) })).toBe('not_due');

    await closeWorkspace({ ctx: a.ctx, confirmName: a.workspace.name });
    await expect(restoreWorkspace({ userId: a.owner.id, workspaceId: a.workspace.id, now: new Date(Date.now() + 31 * DAY) })).rejects.toMatchObject({ code: 'conflict' });
    expect(await eraseClosedWorkspace({ workspaceId: a.workspace.id, now: new Date(Date.now() + 31 * DAY) })).toBe('erased');
    expect(await db.workspace.findUnique({ where: { id: a.workspace.id } })).toBeNull();
    expect(await db.user.findUnique({ where: { id: member.id } })).not.toBeNull();
  });

  it('deletes my account after 30 days unless I keep it; refused while sole owner of a shared workspace', async () => {
    const shared = await shop();
    await addMember(shared.workspace.id, 'agent');
    await expect(requestAccountDeletion({ userId: shared.owner.id, via: 'self' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(shared.workspace.name) });

    const solo = await shop();
    const { deleteAfter } = await requestAccountDeletion({ userId: solo.owner.id, via: 'self' });
    expect(deleteAfter.getTime() - Date.now()).toBeGreaterThan(29.9 * DAY);
    expect((await emailsTo(solo.owner.email)).map((e) => e.subject)).toContain('Your Relaydesk account will be deleted');
    expect(await eraseDueUserAccount({ userId: solo.owner.id })).toBe('not_due');
    expect(await cancelAccountDeletion({ userId: solo.owner.id })).toBe(true);
    expect(await eraseDueUserAccount({ userId: solo.owner.id, now: new Date(Date.now() + 31 * DAY) })).toBe('not_due');

    await requestAccountDeletion({ userId: solo.owner.id, via: 'self' });
    expect(await eraseDueUserAccount({ userId: solo.owner.id, now: new Date(Date.now() + 31 * DAY) })).toBe('erased');
    expect(await db.user.findUnique({ where: { id: solo.owner.id } })).toBeNull();
    expect(await db.workspace.findUnique({ where: { id: solo.workspace.id } })).toBeNull();
  });
});
