// Satisfaction: surveys sent in the range, how many were answered, the score distribution and
// the CSAT score (share of 4 and 5 among answers, the usual definition).
import { Prisma } from '../generated/prisma/client';
import type { ScopedDb } from '../workspaces/scoped-db';
import { channelClause, num, type ReportBounds } from './report-sql';

export type CsatMetrics = { sent: number; answered: number; average: number | null; scorePercent: number | null; distribution: { rating: number; count: number }[] };

type Row = { sent: bigint; answered: bigint; average: number | null; satisfied: bigint; r1: bigint; r2: bigint; r3: bigint; r4: bigint; r5: bigint };

export async function queryCsatMetrics(db: ScopedDb, bounds: ReportBounds): Promise<CsatMetrics> {
  const { workspaceId: ws, start, end } = bounds;
  const [row] = await db.$queryRaw<Row[]>`
    select count(*) as sent, count(s.rating) as answered, avg(s.rating)::float8 as average,
      count(*) filter (where s.rating >= 4) as satisfied,
      count(*) filter (where s.rating = 1) as r1, count(*) filter (where s.rating = 2) as r2, count(*) filter (where s.rating = 3) as r3,
      count(*) filter (where s.rating = 4) as r4, count(*) filter (where s.rating = 5) as r5
    from "CsatSurvey" s
    where s."workspaceId" = ${ws}::uuid and s."sentAt" >= ${start} and s."sentAt" < ${end} ${channelClause(bounds, Prisma.sql`s."channelId"`)}`;
  const answered = Number(row!.answered);
  return {
    sent: Number(row!.sent),
    answered,
    average: num(row!.average),
    scorePercent: answered ? (Number(row!.satisfied) / answered) * 100 : null,
    distribution: [row!.r1, row!.r2, row!.r3, row!.r4, row!.r5].map((count, i) => ({ rating: i + 1, count: Number(count) })),
  };
}
