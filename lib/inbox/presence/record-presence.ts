import { recordInboxEvent } from '../../realtime/record-inbox-event';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import { getConversationOrThrow } from '../get-conversation-or-throw';
import { PRESENCE_FRESH_MS, type PresenceBeat } from './presence.schema';

/**
 * A heartbeat from the signed-in member's open conversation pane. Upserts their presence row;
 * a `presence.updated` event is recorded only when what others see changes (arrived, started or
 * stopped typing, left), never for a plain heartbeat.
 */
export async function recordPresence(options: { ctx: WorkspaceContext; conversationId: string; state: PresenceBeat['state']; now?: Date }): Promise<{ changed: boolean }> {
  const { ctx, conversationId, state } = options;
  assertCan(ctx, 'inbox.use');
  const now = options.now ?? new Date();
  const userId = ctx.user.id;
  await getConversationOrThrow({ ctx, id: conversationId });
  let changed: boolean;
  if (state === 'left') {
    const deleted = await ctx.db.conversationPresence.deleteMany({ where: { conversationId, userId } });
    changed = deleted.count > 0;
  } else {
    const typing = state === 'typing';
    const before = await ctx.db.conversationPresence.findFirst({ where: { conversationId, userId }, select: { typing: true, seenAt: true } });
    await ctx.db.conversationPresence.upsert({
      where: { conversationId_userId: { conversationId, userId } },
      create: { workspaceId: ctx.workspace.id, conversationId, userId, typing, seenAt: now },
      update: { typing, seenAt: now },
    });
    // A stale row counts as absent: the others' hint had already dropped this member.
    changed = !before || before.typing !== typing || now.getTime() - before.seenAt.getTime() > PRESENCE_FRESH_MS;
  }
  if (changed) {
    await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'presence.updated', payload: { userId, state } });
  }
  return { changed };
}
