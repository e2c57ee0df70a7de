// One table of the report as a CSV file, with the same filters as the page.
import type { z } from 'zod';
import type { WorkspaceContext } from '../workspaces/context';
import { getReport } from './get-report';
import { reportTableCsv } from './report-csv';
import type { reportFiltersSchema } from './report-filters.schema';
import { reportTables, type ReportTableId } from './report-tables';

export async function exportReportCsv(options: {
  ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>;
  filters: z.infer<typeof reportFiltersSchema>;
  table: ReportTableId;
}): Promise<{ fileName: string; csv: string }> {
  const report = await getReport({ ctx: options.ctx, filters: options.filters });
  const { range } = report;
  const fileName = `relaydesk-${options.table}-${range.from}-to-${range.to}${range.channel ? `-${range.channel}` : ''}.csv`;
  return { fileName, csv: reportTableCsv(reportTables(report)[options.table]) };
}
