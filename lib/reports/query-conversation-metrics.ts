// Conversations started per day and channel, first response and resolution times (median, p90)
// and the AI resolution rate — three statements over the (workspaceId, createdAt) and
// (workspaceId, closedAt) indexes; the facts they read are recorded as things happen
// (record-reply-facts.ts, set-conversation-status.ts).
import { Prisma } from '../generated/prisma/client';
import type { ScopedDb } from '../workspaces/scoped-db';
import { channelClause, num, quarterHour, seconds, type ReportBounds } from './report-sql';

export type Percentiles = { count: number; medianSeconds: number | null; p90Seconds: number | null };
export type ConversationMetrics = {
  volume: { day: string; channel: string; count: number }[];
  firstResponse: Percentiles & { started: number };
  resolution: Percentiles & { aiResolved: number };
};

type VolumeRow = { day: string; channel: string; count: bigint };
type StartedRow = { started: bigint; responded: bigint; median: number | null; p90: number | null };
type ClosedRow = { closed: bigint; ai_resolved: bigint; median: number | null; p90: number | null };

export async function queryConversationMetrics(db: ScopedDb, bounds: ReportBounds): Promise<ConversationMetrics> {
  const { workspaceId: ws, start, end, timeZone } = bounds;
  const inRange = Prisma.sql`c."workspaceId" = ${ws}::uuid and c."createdAt" >= ${start} and c."createdAt" < ${end} ${channelClause(bounds, Prisma.sql`c."channelId"`)}`;
  const frt = seconds(Prisma.sql`c."firstResponseAt" - c."firstInboundAt"`);
  const resolution = seconds(Prisma.sql`c."closedAt" - coalesce(c."firstInboundAt", c."createdAt")`);
  const [volume, [started], [closed]] = await Promise.all([
    db.$queryRaw<VolumeRow[]>`
      select to_char(q.bucket at time zone ${timeZone}, 'YYYY-MM-DD') as day, q.channel, sum(q.n)::bigint as count
      from (
        select ${quarterHour(Prisma.sql`c."createdAt"`)} as bucket, ch.type::text as channel, count(*) as n
        from "Conversation" c join "Channel" ch on ch.id = c."channelId" and ch."workspaceId" = ${ws}::uuid
        where ${inRange}
        group by 1, 2
      ) q
      group by 1, 2 order by 1, 2`,
    // A response before the customer's first message (the business wrote first) is not timed.
    db.$queryRaw<StartedRow[]>`
      select count(*) as started,
        count(*) filter (where c."firstResponseAt" >= c."firstInboundAt") as responded,
        percentile_cont(0.5) within group (order by ${frt}) filter (where c."firstResponseAt" >= c."firstInboundAt") as median,
        percentile_cont(0.9) within group (order by ${frt}) filter (where c."firstResponseAt" >= c."firstInboundAt") as p90
      from "Conversation" c where ${inRange}`,
    db.$queryRaw<ClosedRow[]>`
      select count(*) as closed,
        count(*) filter (where not c."humanInvolved") as ai_resolved,
        percentile_cont(0.5) within group (order by ${resolution}) as median,
        percentile_cont(0.9) within group (order by ${resolution}) as p90
      from "Conversation" c
      where c."workspaceId" = ${ws}::uuid and c."closedAt" >= ${start} and c."closedAt" < ${end} and c.status = 'closed'
        ${channelClause(bounds, Prisma.sql`c."channelId"`)}`,
  ]);
  return {
    volume: volume.map((r) => ({ day: r.day, channel: r.channel, count: Number(r.count) })),
    firstResponse: { started: Number(started!.started), count: Number(started!.responded), medianSeconds: num(started!.median), p90Seconds: num(started!.p90) },
    resolution: { count: Number(closed!.closed), aiResolved: Number(closed!.ai_resolved), medianSeconds: num(closed!.median), p90Seconds: num(closed!.p90) },
  };
}
