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

/** Seconds as a float from an interval expression. */
export const seconds = (interval: Prisma.Sql) => Prisma.sql`extract(epoch from (${interval}))`;

/** Postgres gives numerics/bigints back as strings or bigint; reports want plain numbers. */
export const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
