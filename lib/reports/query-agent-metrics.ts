// What the AI did in the range: handoffs (conversations the AI gave to a person, by the rule
// that fired) and what operators did with its drafts (approved as is, edited, discarded).
import { Prisma } from '../generated/prisma/client';
import type { ScopedDb } from '../workspaces/scoped-db';
import { conversationChannelClause, type ReportBounds } from './report-sql';

export type AgentMetrics = {
  handoffs: { aiConversations: number; handedOff: number; reasons: { reason: string; count: number }[] };
  drafts: { approved: number; edited: number; discarded: number; superseded: number; pending: number };
};

type ReasonRow = { reason: string | null; count: bigint };
type TotalRow = { ai_conversations: bigint; handed_off: bigint };
type DraftRow = { status: string; edited: boolean; count: bigint };

export async function queryAgentMetrics(db: ScopedDb, bounds: ReportBounds): Promise<AgentMetrics> {
  const { workspaceId: ws, start, end } = bounds;
  const runs = Prisma.sql`r."workspaceId" = ${ws}::uuid and r."createdAt" >= ${start} and r."createdAt" < ${end}
    ${conversationChannelClause(bounds, Prisma.sql`r."conversationId"`)}`;
  const [reasons, [totals], drafts] = await Promise.all([
    db.$queryRaw<ReasonRow[]>`
      select r."handoffRule" as reason, count(distinct r."conversationId") as count
      from "AgentRun" r where ${runs} and r.status = 'handed_off'
      group by 1 order by 2 desc, 1`,
    // Conversations the AI actually worked on (a turn that drafted, sent or handed off); skipped
    // turns (conversation already with a human, AI off) are not the AI's to resolve.
    db.$queryRaw<TotalRow[]>`
      select count(distinct r."conversationId") filter (where r.status in ('drafted', 'sent', 'handed_off')) as ai_conversations,
        count(distinct r."conversationId") filter (where r.status = 'handed_off') as handed_off
      from "AgentRun" r where ${runs}`,
    db.$queryRaw<DraftRow[]>`
      select d.status::text as status, d.edited, count(*) as count
      from "ReplyDraft" d
      where d."workspaceId" = ${ws}::uuid and d."createdAt" >= ${start} and d."createdAt" < ${end}
        ${conversationChannelClause(bounds, Prisma.sql`d."conversationId"`)}
      group by 1, 2`,
  ]);
  const draftCount = (status: string, edited?: boolean) =>
    drafts.filter((d) => d.status === status && (edited === undefined || d.edited === edited)).reduce((sum, d) => sum + Number(d.count), 0);
  return {
    handoffs: {
      aiConversations: Number(totals!.ai_conversations),
      handedOff: Number(totals!.handed_off),
      reasons: reasons.map((r) => ({ reason: r.reason ?? 'unspecified', count: Number(r.count) })),
    },
    drafts: {
      approved: draftCount('approved', false),
      edited: draftCount('approved', true),
      discarded: draftCount('discarded'),
      superseded: draftCount('superseded'),
      pending: draftCount('pending'),
    },
  };
}
