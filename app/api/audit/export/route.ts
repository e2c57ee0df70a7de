// GET /api/audit/export – the workspace's audit log as CSV (owners, admins).
import { NextResponse } from 'next/server';
import { exportAuditLogCsv } from '@/lib/audit/export-audit-log-csv';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const ctx = await requireWorkspace('audit.view');
    const csv = await exportAuditLogCsv({ ctx });
    return new NextResponse(csv, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="audit-log-${ctx.workspace.slug}.csv"`, 'cache-control': 'no-store' },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status, headers: { 'cache-control': 'no-store' } });
    logger.error({ err: error }, 'audit export failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
