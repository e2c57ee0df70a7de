// Monthly usage from AgentRun rows: totals, one row per day, one row per provider/model. Raw SQL
// for the grouping (Prisma cannot group by day); every query filters by the workspace id.
import type { ScopedDb } from '../../workspaces/scoped-db';
import { db } from '../../db';
import { monthRange } from './usage-month';

export type UsageTotals = { runs: number; replies: number; drafts: number; handoffs: number; skipped: number; failed: number; inputTokens: number; outputTokens: number; costMicros: number };
export type DailyUsage = UsageTotals & { day: string };
export type ModelUsage = UsageTotals & { provider: string; model: string | null };
export type AgentUsage = { month: string; totals: UsageTotals; days: DailyUsage[]; models: ModelUsage[] };

type Row = { key1: string | null; key2: string | null; runs: bigint; replies: bigint; drafts: bigint; handoffs: bigint; skipped: bigint; failed: bigint; input: bigint | null; output: bigint | null; cost: bigint | null };

const toTotals = (row: Row): UsageTotals => ({
  runs: Number(row.runs), replies: Number(row.replies), drafts: Number(row.drafts), handoffs: Number(row.handoffs), skipped: Number(row.skipped), failed: Number(row.failed),
  inputTokens: Number(row.input ?? 0), outputTokens: Number(row.output ?? 0), costMicros: Number(row.cost ?? 0),
});

export async function getAgentUsage(options: { ctx: { db: ScopedDb; workspace: { id: string } }; month: string }): Promise<AgentUsage> {
  const { start, end } = monthRange(options.month);
  const workspaceId = options.ctx.workspace.id;
  const aggregates = `count(*) as runs,
    count(*) filter (where status = 'sent') as replies,
    count(*) filter (where status = 'drafted') as drafts,
    count(*) filter (where status = 'handed_off') as handoffs,
    count(*) filter (where status = 'skipped') as skipped,
    count(*) filter (where status = 'failed') as failed,
    sum("inputTokens") as input, sum("outputTokens") as output, sum("costMicros") as cost`;
  const where = `where "workspaceId" = $1::uuid and "createdAt" >= $2 and "createdAt" < $3`;
  const [total] = await db.$queryRawUnsafe<Row[]>(`select null as key1, null as key2, ${aggregates} from "AgentRun" ${where}`, workspaceId, start, end);
  const days = await db.$queryRawUnsafe<Row[]>(
    `select to_char("createdAt" at time zone 'UTC', 'YYYY-MM-DD') as key1, null as key2, ${aggregates} from "AgentRun" ${where} group by 1 order by 1`, workspaceId, start, end);
  const models = await db.$queryRawUnsafe<Row[]>(
    `select provider as key1, model as key2, ${aggregates} from "AgentRun" ${where} and status <> 'skipped' group by 1, 2 order by sum("costMicros") desc, 1, 2`, workspaceId, start, end);
  return {
    month: options.month,
    totals: toTotals(total!),
    days: days.map((row) => ({ day: row.key1!, ...toTotals(row) })),
    models: models.map((row) => ({ provider: row.key1 ?? 'unknown', model: row.key2, ...toTotals(row) })),
  };
}
