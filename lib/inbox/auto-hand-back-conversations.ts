// The automatic hand-back (Workspace.autoHandBackMinutes): human-handled conversations whose
// last operator activity (or the takeover itself) is older than their workspace's idle limit
// return to the AI. Runs across workspaces from a job, so every write names its workspace.
import { db } from '../db';
import type { ConversationHandling } from '../generated/prisma/enums';
import { handBackIfUnchanged } from './hand-back-conversation';

type Row = { id: string; workspaceId: string; takenOverAt: Date | null; handlingBeforeTakeover: ConversationHandling | null; minutes: number };

export async function autoHandBackConversations(options: { now?: Date; batchSize?: number } = {}): Promise<{ handedBack: number }> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 200;
  const rows = await db.$queryRaw<Row[]>`
    select c.id, c."workspaceId", c."takenOverAt", c."handlingBeforeTakeover", w."autoHandBackMinutes" as minutes
      from "Conversation" c join "Workspace" w on w.id = c."workspaceId"
     where w."autoHandBackMinutes" is not null
       and c.handling = 'human'
       and coalesce(c."lastOperatorActivityAt", c."takenOverAt", c."updatedAt") < ${now}::timestamptz - make_interval(mins => w."autoHandBackMinutes")
     order by coalesce(c."lastOperatorActivityAt", c."takenOverAt", c."updatedAt")
     limit ${batchSize}`;
  let handedBack = 0;
  for (const row of rows) {
    const changed = await handBackIfUnchanged({ workspaceId: row.workspaceId, conversationId: row.id, expectedTakenOverAt: row.takenOverAt, restore: row.handlingBeforeTakeover, reason: 'auto',
      idleSince: new Date(now.getTime() - row.minutes * 60_000),
    });
    if (changed) handedBack++;
  }
  return { handedBack };
}
