// Everything the conversation pane's header and side panel need about one conversation.
import { assertConversationVisible } from '../billing/history-visibility';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';

export async function getConversationView(options: { ctx: Pick<WorkspaceContext, 'db'>; id: string }) {
  const conversation = await options.ctx.db.conversation.findFirst({
    where: { id: options.id },
    select: {
      id: true, workspaceId: true, kind: true, status: true, handling: true, needsHuman: true, snoozedUntil: true, assigneeId: true,
      takenOverById: true, takenOverAt: true, handlingBeforeTakeover: true, lastInboundAt: true, lastMessageAt: true,
      unreadCount: true, postId: true, postPermalink: true, postCaption: true, createdAt: true,
      channel: { select: { id: true, type: true, name: true, status: true, statusReason: true } },
      contact: { select: { id: true, externalId: true, name: true, username: true, displayName: true, avatarUrl: true, unreachable: true, createdAt: true, mergedInto: { select: { displayName: true } } } },
      labels: { select: { label: { select: { id: true, name: true, color: true } } } },
    },
  });
  if (!conversation) throw new AppError('not_found', 'This conversation does not exist in this workspace, or you no longer have access to it.');
  await assertConversationVisible({ workspaceId: conversation.workspaceId, lastMessageAt: conversation.lastMessageAt });
  // The person's edited name lives on the primary contact when this identity was merged.
  const { mergedInto, ...contact } = conversation.contact;
  return { ...conversation, contact: { ...contact, displayName: mergedInto?.displayName ?? contact.displayName }, labels: conversation.labels.map((l) => l.label) };
}

export type ConversationView = Awaited<ReturnType<typeof getConversationView>>;
