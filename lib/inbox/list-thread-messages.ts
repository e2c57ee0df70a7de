// The messages of one conversation for the thread view: the newest page (or the page before a
// "Load earlier" cursor), returned oldest → newest, with media, reactions attached to the
// message they react to, quoted messages and operator names. Everything reads through ctx.db.
import { assertConversationVisible } from '../billing/history-visibility';
import { AppError } from '../errors';
import type { ChannelType, MessageSender, MessageStatus } from '../generated/prisma/enums';
import { cleanFileName } from '../media/clean-file-name';
import type { WorkspaceContext } from '../workspaces/context';
import { decodeThreadCursor, encodeThreadCursor } from './thread-cursor';

export const THREAD_PAGE_SIZE = 50;

const messageSelect = {
  id: true, externalId: true, direction: true, kind: true, sender: true, status: true, text: true, details: true,
  authorUserId: true, sendTag: true, errorCode: true, errorMessage: true, sentAt: true, deliveredAt: true, readAt: true, failedAt: true,
  media: {
    select: { id: true, kind: true, mimeType: true, sizeBytes: true, fileName: true, sourceUrl: true, status: true, error: true },
    orderBy: { createdAt: 'asc' as const },
  },
} as const;

type Row = {
  id: string; externalId: string | null; direction: 'inbound' | 'outbound'; kind: string; sender: string; text: string | null; details: unknown;
  sentAt: Date;
};

export type ThreadReaction = { id: string; emoji: string | null; direction: 'inbound' | 'outbound'; sentAt: Date };

export async function listThreadMessages(options: { ctx: Pick<WorkspaceContext, 'db'>; conversationId: string; before?: string | null; pageSize?: number }) {
  const { ctx, conversationId } = options;
  const pageSize = options.pageSize ?? THREAD_PAGE_SIZE;
  const conversation = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { id: true, workspaceId: true, lastMessageAt: true } });
  if (!conversation) throw new AppError('not_found', 'This conversation does not exist in this workspace, or you no longer have access to it.');
  await assertConversationVisible({ workspaceId: conversation.workspaceId, lastMessageAt: conversation.lastMessageAt });

  const cursor = decodeThreadCursor(options.before);
  const rows = await ctx.db.message.findMany({
    where: {
      conversationId,
      ...(cursor ? { OR: [{ sentAt: { lt: cursor.sentAt } }, { sentAt: cursor.sentAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
    take: pageSize + 1,
    select: messageSelect,
  });
  const hasEarlier = rows.length > pageSize;
  const page = rows.slice(0, pageSize).reverse();
  const oldest = page[0];

  // Reactions are rows of their own; show them on the message they react to when it is on this page.
  const byExternalId = new Map(page.filter((m) => m.externalId).map((m) => [m.externalId!, m]));
  const reactionsByTarget = new Map<string, ThreadReaction[]>();
  const shown: typeof page = [];
  for (const message of page) {
    const target = message.kind === 'reaction' ? detailString(message.details, 'targetExternalId') : null;
    if (target && byExternalId.has(target)) {
      const emoji = detailString(message.details, 'emoji') ?? message.text;
      if (emoji) {
        const list = reactionsByTarget.get(target) ?? [];
        list.push({ id: message.id, emoji, direction: message.direction, sentAt: message.sentAt });
        reactionsByTarget.set(target, list);
      }
      continue;
    }
    shown.push(message);
  }

  // Messages that went out from an AI draft: approved as is (sent as the AI; who approved it is
  // shown) or edited first (sent as the operator's own words).
  const outboundIds = page.filter((m) => m.direction === 'outbound' && (m.sender === 'ai' || m.sender === 'operator')).map((m) => m.id);
  const drafts = outboundIds.length
    ? await ctx.db.replyDraft.findMany({ where: { conversationId, status: 'approved', messageId: { in: outboundIds } }, select: { messageId: true, decidedById: true } })
    : [];
  const draftByMessage = new Map(drafts.map((d) => [d.messageId!, d]));

  const authorIds = [...new Set([...page.map((m) => m.authorUserId), ...drafts.map((d) => d.decidedById)].filter((id): id is string => Boolean(id)))];
  const authors = authorIds.length
    ? await ctx.db.membership.findMany({ where: { userId: { in: authorIds } }, select: { userId: true, user: { select: { name: true } } } })
    : [];
  const authorNames = new Map(authors.map((a) => [a.userId, a.user.name]));

  const messages = shown.map((message) => {
    const replyTo = detailString(message.details, 'replyToExternalId');
    const quoted = replyTo ? byExternalId.get(replyTo) : undefined;
    return {
      ...message,
      details: (message.details && typeof message.details === 'object' ? message.details : {}) as Record<string, unknown>,
      // Names are cleaned when stored; rows from before that still get bidi/control characters removed here.
      media: message.media.map((media) => ({ ...media, fileName: media.fileName === null ? null : cleanFileName(media.fileName, { maxLength: 240, fallback: 'file' }) })),
      authorName: message.authorUserId ? (authorNames.get(message.authorUserId) ?? 'A former member') : null,
      approvedByName: approverName(message, draftByMessage.get(message.id), authorNames),
      editedFromDraft: message.sender === 'operator' && draftByMessage.has(message.id),
      reactions: message.externalId ? (reactionsByTarget.get(message.externalId) ?? []) : [],
      replyTo: replyTo ? { found: Boolean(quoted), text: quoted ? quotedText(quoted) : null } : null,
    };
  });
  return { messages, earlierCursor: hasEarlier && oldest ? encodeThreadCursor({ sentAt: oldest.sentAt, id: oldest.id }) : null };
}

function approverName(message: { sender: string }, draft: { decidedById: string | null } | undefined, names: Map<string, string>): string | null {
  if (message.sender !== 'ai' || !draft) return null;
  return draft.decidedById ? (names.get(draft.decidedById) ?? 'A former member') : 'A former member';
}

export type ThreadPage = Awaited<ReturnType<typeof listThreadMessages>>;
export type ThreadMessage = ThreadPage['messages'][number];
export type ThreadMedia = ThreadMessage['media'][number];

function detailString(details: unknown, key: string): string | null {
  if (!details || typeof details !== 'object') return null;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

function quotedText(message: Row): string {
  return message.text ?? `[${message.kind.replace('_', ' ')}]`;
}

export type { ChannelType, MessageSender, MessageStatus };
