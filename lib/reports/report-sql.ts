// Shared pieces of the report statements. Every statement repeats `"workspaceId" = $ws` on
// every table it reads, so a foreign row cannot be counted even through a corrupt foreign key.
import { Prisma } from '../generated/prisma/client';
import type { ReportChannel } from './report-filters.schema';

/** The range as instants: [start, end) — local midnight of `from` to local midnight after `to`. */
export type ReportBounds = { workspaceId: string; start: Date; end: Date; timeZone: string; channel: ReportChannel | null };

/** `and <column> in (the workspace's channels of that type)`, or nothing when all channels count. */
export function channelClause(bounds: ReportBounds, column: Prisma.Sql): Prisma.Sql {
  if (!bounds.channel) return Prisma.empty;
  return Prisma.sql`and ${column} in (select id from "Channel" where "workspaceId" = ${bounds.workspaceId}::uuid and type = ${bounds.channel}::"ChannelType")`;
}

/**
 * For rows that only know their conversation (agent runs, drafts): `and <column> in (the
 * workspace's conversations on channels of that type)` — one hashed semi-join, where a correlated
 * lookup per row made the channel-filtered report the slowest (docs/benchmarks.md, "Reports").
 */
export function conversationChannelClause(bounds: ReportBounds, conversationColumn: Prisma.Sql): Prisma.Sql {
  if (!bounds.channel) return Prisma.empty;
  return Prisma.sql`and ${conversationColumn} in (select c.id from "Conversation" c where c."workspaceId" = ${bounds.workspaceId}::uuid
    ${channelClause(bounds, Prisma.sql`c."channelId"`)})`;
}

/** Seconds as a float from an interval expression. */
export const seconds = (interval: Prisma.Sql) => Prisma.sql`extract(epoch from (${interval}))`;

/** Postgres gives numerics/bigints back as strings or bigint; reports want plain numbers. */
export const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * `column` cut into 15-minute UTC buckets. Reports group by bucket first (cheap integer math) and
 * convert only the buckets to local days and hours: per row, `at time zone` was most of the
 * heatmap's time on the large tenant (docs/benchmarks.md). Exact for every time zone: all UTC
 * offsets in use are multiples of 15 minutes, and DST changes happen on the hour.
 */
export const quarterHour = (column: Prisma.Sql) => Prisma.sql`date_bin('15 minutes', ${column}, timestamptz '2000-01-01 00:00:00+00')`;
