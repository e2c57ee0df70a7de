// What the AI agent calls when it has a reply for an operator to review (handling = ai_draft).
// A conversation has at most one pending draft: a new one supersedes the older ones, under a
// row lock on the conversation so two agent runs at once still leave exactly one pending.
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import { AppError } from '../../errors';
import { recordInboxEvent } from '../../realtime/record-inbox-event';
import type { WorkspaceContext } from '../../workspaces/context';
import { REPLY_DRAFT_MAX_CHARS } from './reply-draft-limits';


export async function createReplyDraft(options: {
  ctx: Pick<WorkspaceContext, 'workspace'>;
  conversationId: string;
  text: string;
  inReplyToId?: string | null;
  meta?: Prisma.InputJsonObject;
}): Promise<{ draftId: string; superseded: number }> {
  const workspaceId = options.ctx.workspace.id;
  const text = options.text.trim();
  if (!text) throw new AppError('bad_request', 'A draft needs some text.');
  if (text.length > REPLY_DRAFT_MAX_CHARS) throw new AppError('bad_request', `A draft can be at most ${REPLY_DRAFT_MAX_CHARS} characters.`);
  const result = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      select id from "Conversation" where id = ${options.conversationId}::uuid and "workspaceId" = ${workspaceId}::uuid for update`;
    if (locked.length === 0) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
    const { count } = await tx.replyDraft.updateMany({
      where: { workspaceId, conversationId: options.conversationId, status: 'pending' },
      data: { status: 'superseded', decidedAt: new Date() },
    });
    const draft = await tx.replyDraft.create({
      data: { workspaceId, conversationId: options.conversationId, text, inReplyToId: options.inReplyToId ?? null, meta: options.meta },
      select: { id: true },
    });
    return { draftId: draft.id, superseded: count };
  });
  await recordInboxEvent({ workspaceId, conversationId: options.conversationId, type: 'draft.created', payload: { draftId: result.draftId, preview: text } });
  return result;
}
