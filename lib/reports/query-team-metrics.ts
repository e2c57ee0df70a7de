// Per-member volume and response time, and the busiest hours (customer messages by weekday and
// hour in the report's time zone).
import { Prisma } from '../generated/prisma/client';
import type { ScopedDb } from '../workspaces/scoped-db';
import { channelClause, num, quarterHour, type ReportBounds } from './report-sql';

export type MemberMetrics = {
  userId: string;
  name: string;
  assigned: number;
  replies: number;
  firstResponses: number;
  medianFirstResponseSeconds: number | null;
  closed: number;
};
/** weekday: 1 = Monday … 7 = Sunday (ISO); hour 0–23 local. */
export type HeatmapCell = { weekday: number; hour: number; count: number };

type MemberRow = { user_id: string; name: string; assigned: bigint; replies: bigint; first_responses: bigint; median: number | null; closed: bigint };
type HeatRow = { weekday: number; hour: number; count: bigint };

export async function queryTeamMetrics(db: ScopedDb, bounds: ReportBounds): Promise<{ members: MemberMetrics[]; heatmap: HeatmapCell[] }> {
  const { workspaceId: ws, start, end, timeZone } = bounds;
  const convChannel = channelClause(bounds, Prisma.sql`c."channelId"`);
  const msgChannel = channelClause(bounds, Prisma.sql`m."channelId"`);
  const [members, heat] = await Promise.all([
    // Current members only: a person who left keeps their history in the rows, not in this table.
    db.$queryRaw<MemberRow[]>`
      with started as (
        select c."assigneeId", c."firstResponderId", c."firstResponseAt", c."firstInboundAt" from "Conversation" c
        where c."workspaceId" = ${ws}::uuid and c."createdAt" >= ${start} and c."createdAt" < ${end} ${convChannel}
      ), assigned as (
        select "assigneeId" as user_id, count(*) as n from started where "assigneeId" is not null group by 1
      ), responded as (
        select "firstResponderId" as user_id, count(*) as n,
          percentile_cont(0.5) within group (order by extract(epoch from ("firstResponseAt" - "firstInboundAt"))) as median
        from started where "firstResponderId" is not null and "firstResponseAt" >= "firstInboundAt" group by 1
      ), closed as (
        select c."closedById" as user_id, count(*) as n from "Conversation" c
        where c."workspaceId" = ${ws}::uuid and c."closedAt" >= ${start} and c."closedAt" < ${end} and c."closedById" is not null ${convChannel}
        group by 1
      ), replies as (
        select m."authorUserId" as user_id, count(*) as n from "Message" m
        where m."workspaceId" = ${ws}::uuid and m."sentAt" >= ${start} and m."sentAt" < ${end}
          and m.sender = 'operator' and m.direction = 'outbound' and m."authorUserId" is not null ${msgChannel}
        group by 1
      )
      select u.id as user_id, u.name, coalesce(a.n, 0) as assigned, coalesce(r.n, 0) as replies,
        coalesce(f.n, 0) as first_responses, f.median, coalesce(cl.n, 0) as closed
      from "Membership" mb join "User" u on u.id = mb."userId"
      left join assigned a on a.user_id = u.id left join responded f on f.user_id = u.id
      left join closed cl on cl.user_id = u.id left join replies r on r.user_id = u.id
      where mb."workspaceId" = ${ws}::uuid
      order by coalesce(r.n, 0) desc, coalesce(a.n, 0) desc, u.name`,
    db.$queryRaw<HeatRow[]>`
      select extract(isodow from q.bucket at time zone ${timeZone})::int as weekday,
        extract(hour from q.bucket at time zone ${timeZone})::int as hour, sum(q.n)::bigint as count
      from (
        select ${quarterHour(Prisma.sql`m."sentAt"`)} as bucket, count(*) as n
        from "Message" m
        where m."workspaceId" = ${ws}::uuid and m."sentAt" >= ${start} and m."sentAt" < ${end} and m.direction = 'inbound' ${msgChannel}
        group by 1
      ) q
      group by 1, 2`,
  ]);
  return {
    members: members.map((r) => ({
      userId: r.user_id, name: r.name, assigned: Number(r.assigned), replies: Number(r.replies),
      firstResponses: Number(r.first_responses), medianFirstResponseSeconds: num(r.median), closed: Number(r.closed),
    })),
    heatmap: heat.map((r) => ({ weekday: r.weekday, hour: r.hour, count: Number(r.count) })),
  };
}
