// The workspace's unread total (what every inbox event carries for the tab title) is a counter the
// database keeps for every change of a conversation's count or status (triggers of migration
// 20261205230448_workspace_inbox_counter), not a sum over all open conversations per event. It must
// equal that sum after any mix of inbound messages, read markers, status changes, bulk actions,
// deletion and erasure, and a workspace's changes never move another workspace's counter.
import { beforeAll, describe, expect, it } from 'vitest';
import type { NormalisedMessage } from '@/lib/channels/channel-provider';
import { db } from '@/lib/db';
import { deleteContact } from '@/lib/contacts/delete-contact';
import { eraseWorkspace } from '@/lib/erasure/erase-workspace';
import { bulkUpdateConversations } from '@/lib/inbox/bulk-update-conversations';
import { deleteConversation } from '@/lib/inbox/delete-conversation';
import { markConversationRead } from '@/lib/inbox/mark-conversation-read';
import { setConversationStatus } from '@/lib/inbox/set-conversation-status';
import { storeNormalisedEvent } from '@/lib/inbox/store-normalised-event';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { createWorkspaceWithOwner, twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
beforeAll(async () => ({ ctx, otherCtx } = await twoWorkspaceContexts()));

const counter = async (workspaceId: string) => (await db.workspaceInboxCounter.findUnique({ where: { workspaceId } }))?.unreadOpen ?? 0;
const recomputed = async (workspaceId: string) =>
  (await db.conversation.aggregate({ where: { workspaceId, status: 'open' }, _sum: { unreadCount: true } }))._sum.unreadCount ?? 0;
const lastEventTotal = async (workspaceId: string) => {
  const event = await db.inboxEvent.findFirst({ where: { workspaceId, type: { in: ['message.created', 'conversation.updated'] } }, orderBy: { seq: 'desc' } });
  return (event?.payload as { unreadTotal?: number } | undefined)?.unreadTotal;
};

let mid = 0;
const inbound = (contactExternalId: string): NormalisedMessage => ({
  externalId: `mid.counter.${++mid}`, contactExternalId, direction: 'inbound', sender: 'customer', kind: 'text', text: `hello ${mid}`, sentAt: new Date(Date.now() + mid),
});
async function receive(workspaceId: string, channelId: string, ...contacts: string[]) {
  const stored = await storeNormalisedEvent({ workspaceId, channelId, event: { messages: contacts.map(inbound), statuses: [], deletions: [], skipped: [] } });
  return stored.messageIds;
}
const conversationOf = async (messageId: string) => (await db.message.findUniqueOrThrow({ where: { id: messageId }, select: { conversationId: true } })).conversationId;

/** The counter equals the sum it replaces, and the newest event carries it. */
async function expectConsistent(workspaceId: string, expected: number) {
  expect(await recomputed(workspaceId)).toBe(expected);
  expect(await counter(workspaceId)).toBe(expected);
}

describe('workspace unread counter', () => {
  it('equals the recomputed total after inbound, read, close, reopen, snooze, bulk, delete and erasure; other workspaces untouched', async () => {
    const a = ctx.workspace.id;
    const b = otherCtx.workspace.id;
    const channelA = await createChannel(a, 'messenger');
    const channelB = await createChannel(b, 'messenger');
    await receive(b, channelB.id, 'b1', 'b1', 'b2');
    await expectConsistent(b, 3);

    // Inbound: three messages from Ana, two from Ben, one from Cleo, in two webhook units.
    const [ana1] = await receive(a, channelA.id, 'ana', 'ana', 'ben');
    await receive(a, channelA.id, 'ana', 'ben', 'cleo');
    await expectConsistent(a, 6);
    expect(await lastEventTotal(a)).toBe(6);
    const ana = await conversationOf(ana1!);
    const ben = await conversationOf((await receive(a, channelA.id, 'ben'))[0]!);
    const cleo = (await db.conversation.findFirstOrThrow({ where: { workspaceId: a, contact: { externalId: 'cleo' } } })).id;
    await expectConsistent(a, 7);

    // Read marker: Ana's 3 go; a second read changes nothing.
    await markConversationRead({ ctx, conversationId: ana });
    await markConversationRead({ ctx, conversationId: ana });
    await expectConsistent(a, 4);
    expect(await lastEventTotal(a)).toBe(4);

    // Close Ben (3 unread leave the open total), new message from Ana while Ben is closed.
    await setConversationStatus({ ctx, conversationId: ben, status: 'closed' });
    await expectConsistent(a, 1);
    await receive(a, channelA.id, 'ana');
    await expectConsistent(a, 2);
    // Reopen Ben: his unread count is back in the total.
    await setConversationStatus({ ctx, conversationId: ben, status: 'open' });
    await expectConsistent(a, 5);
    // Snooze and pending leave the open total; bulk close of two at once in one action.
    await setConversationStatus({ ctx, conversationId: cleo, status: 'snoozed', snoozedUntil: new Date(Date.now() + 3_600_000) });
    await expectConsistent(a, 4);
    await bulkUpdateConversations({ ctx, ids: [ana, ben, cleo], action: 'close' });
    await expectConsistent(a, 0);
    await bulkUpdateConversations({ ctx, ids: [ana, ben], action: 'reopen' });
    await expectConsistent(a, 4);

    // A customer writing to a closed conversation's contact opens a new conversation; delete it.
    await setConversationStatus({ ctx, conversationId: ben, status: 'closed' });
    const benAgain = await conversationOf((await receive(a, channelA.id, 'ben', 'ben'))[0]!);
    expect(benAgain).not.toBe(ben);
    await expectConsistent(a, 3);
    await deleteConversation({ ctx, conversationId: benAgain });
    await expectConsistent(a, 1);

    // Erasure of a person (every conversation of the contact) and raw SQL paths alike.
    await deleteContact({ ctx, contactId: (await db.conversation.findUniqueOrThrow({ where: { id: ana } })).contactId });
    await expectConsistent(a, 0);
    await receive(a, channelA.id, 'dana', 'dana');
    await db.$executeRaw`update "Conversation" set "unreadCount" = "unreadCount" + 5 where "workspaceId" = ${a}::uuid and status = 'open'`;
    await expectConsistent(a, 7);

    // None of it moved workspace B.
    await expectConsistent(b, 3);
  });

  it('erasing a whole workspace removes its counter and touches no other', async () => {
    const doomed = await createWorkspaceWithOwner({ name: 'Doomed' });
    const channel = await createChannel(doomed.workspace.id, 'instagram');
    await receive(doomed.workspace.id, channel.id, 'x', 'y');
    await expectConsistent(doomed.workspace.id, 2);
    const before = await counter(otherCtx.workspace.id);
    await eraseWorkspace({ workspaceId: doomed.workspace.id });
    expect(await db.workspaceInboxCounter.findUnique({ where: { workspaceId: doomed.workspace.id } })).toBeNull();
    expect(await counter(otherCtx.workspace.id)).toBe(before);
  });

  it('concurrent inbound units and read markers on one workspace keep the counter exact', async () => {
    const owner = await createWorkspaceWithOwner({ name: 'Busy' });
    const workspaceId = owner.workspace.id;
    const channel = await createChannel(workspaceId, 'messenger');
    await Promise.all(Array.from({ length: 20 }, (_, i) => receive(workspaceId, channel.id, `c${i % 5}`, `c${(i + 1) % 5}`)));
    await expectConsistent(workspaceId, 40);
    const conversations = await db.conversation.findMany({ where: { workspaceId }, select: { id: true } });
    await Promise.all([
      ...conversations.slice(0, 2).map((c) => db.conversation.updateMany({ where: { id: c.id }, data: { unreadCount: 0 } })),
      ...Array.from({ length: 10 }, (_, i) => receive(workspaceId, channel.id, `c${2 + (i % 3)}`)),
    ]);
    expect(await counter(workspaceId)).toBe(await recomputed(workspaceId));
  });
});
