// Everything /reports shows for one workspace, range and channel. Reports are readable by every
// member (`reports.view`, docs/permissions.md): they show team performance, not customer data.
import { getAgentSettings } from '../agent/agent-settings';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { queryAgentMetrics, type AgentMetrics } from './query-agent-metrics';
import { queryConversationMetrics, type ConversationMetrics } from './query-conversation-metrics';
import { queryCsatMetrics, type CsatMetrics } from './query-csat-metrics';
import { queryTeamMetrics, type HeatmapCell, type MemberMetrics } from './query-team-metrics';
import { resolveReportRange, type ReportRange, type reportFiltersSchema } from './report-filters.schema';
import type { ReportBounds } from './report-sql';
import type { z } from 'zod';

export type Report = {
  range: ReportRange;
  conversations: ConversationMetrics;
  agent: AgentMetrics;
  members: MemberMetrics[];
  heatmap: HeatmapCell[];
  csat: CsatMetrics;
  csatEnabled: boolean;
};

export async function getReport(options: {
  ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>;
  filters: z.infer<typeof reportFiltersSchema>;
  now?: Date;
}): Promise<Report> {
  const { ctx } = options;
  if (!ctx.can('reports.view')) throw new AppError('forbidden', 'Your role does not allow this.');
  // Days are the workspace's days: the time zone of its business hours unless the URL names one.
  const fallbackZone = options.filters.tz ? 'UTC' : (await getAgentSettings({ ctx })).settings.businessHours.timeZone;
  const range = resolveReportRange(options.filters, fallbackZone, options.now);
  const bounds = await boundsOf(ctx, range);
  const [conversations, agent, team, csat, workspace] = await Promise.all([
    queryConversationMetrics(ctx.db, bounds),
    queryAgentMetrics(ctx.db, bounds),
    queryTeamMetrics(ctx.db, bounds),
    queryCsatMetrics(ctx.db, bounds),
    ctx.db.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: { csatEnabled: true } }),
  ]);
  return { range, conversations, agent, members: team.members, heatmap: team.heatmap, csat, csatEnabled: workspace.csatEnabled };
}

/** Local midnights → instants, by Postgres's zone database (the one the grouping uses too). */
async function boundsOf(ctx: Pick<WorkspaceContext, 'db' | 'workspace'>, range: ReportRange): Promise<ReportBounds> {
  try {
    const [row] = await ctx.db.$queryRaw<{ start: Date; end: Date }[]>`
      select (${range.from}::date)::timestamp at time zone ${range.timeZone} as start,
        (${range.to}::date + 1)::timestamp at time zone ${range.timeZone} as "end"`;
    return { workspaceId: ctx.workspace.id, start: row!.start, end: row!.end, timeZone: range.timeZone, channel: range.channel };
  } catch {
    // A zone the browser knows but Postgres does not (rare aliases).
    throw new AppError('bad_request', `Unknown time zone "${range.timeZone}".`);
  }
}
