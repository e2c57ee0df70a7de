// GET /api/reports/csv?table=volume&from=…&to=…&channel=…&tz=… – one /reports table as a CSV download.
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { exportReportCsv } from '@/lib/reports/export-report-csv';
import { reportCsvQuerySchema } from '@/lib/reports/report-filters.schema';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const ctx = await requireWorkspace('reports.view');
    const parsed = reportCsvQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return NextResponse.json({ error: 'bad_request', message: 'Choose which table to download.' }, { status: 400 });
    const { table, ...filters } = parsed.data;
    const { fileName, csv } = await exportReportCsv({ ctx, filters, table });
    return new Response(`\uFEFF${csv}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status });
    logger.error({ err: error }, 'report csv failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
