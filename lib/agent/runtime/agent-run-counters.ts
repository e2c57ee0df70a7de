// The guardrail counters composeReply needs, computed from this conversation's AgentRun rows
// (the ledger of every turn), so they survive restarts and count drafts as well as sends.
import type { SqlClient } from '../../realtime/record-inbox-event';

export const UNRESOLVED_REASON = 'unresolved';

/**
 * In one statement (read on every turn):
 * - `repliesInLastHour`: answered turns (drafted or sent) in the last hour;
 * - `unresolvedTurns`: consecutive latest answered turns (intros aside) that did not resolve the
 *   question (runs store reason 'unresolved'), looking back at most 25 turns.
 * `excludeRunId`: the run asking, which is not a past turn.
 */
export async function countGuardrailTurns(options: { db: SqlClient; workspaceId: string; conversationId: string; excludeRunId: string; now: Date }): Promise<{ repliesInLastHour: number; unresolvedTurns: number }> {
  const { workspaceId, conversationId, excludeRunId } = options;
  const since = new Date(options.now.getTime() - 3_600_000);
  const [row] = await options.db.$queryRaw<{ repliesInLastHour: number; unresolvedTurns: number }[]>`
    with recent as (
      select r.reason, row_number() over (order by r."createdAt" desc) as n
      from "AgentRun" r
      where r."workspaceId" = ${workspaceId}::uuid and r."conversationId" = ${conversationId}::uuid and r.status in ('drafted', 'sent')
        and r.kind <> 'intro' and r.id <> ${excludeRunId}::uuid
      order by r."createdAt" desc
      limit 25
    )
    select
      (select count(*) from "AgentRun" r
        where r."workspaceId" = ${workspaceId}::uuid and r."conversationId" = ${conversationId}::uuid and r.status in ('drafted', 'sent')
          and r.id <> ${excludeRunId}::uuid and r."createdAt" >= ${since})::int as "repliesInLastHour",
      coalesce((select min(n) - 1 from recent where reason is distinct from ${UNRESOLVED_REASON}), (select count(*) from recent))::int as "unresolvedTurns"`;
  return row ?? { repliesInLastHour: 0, unresolvedTurns: 0 };
}
