// GET /api/workspace-exports/[id] – download a ready whole-workspace zip (owners, 7 days).
import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { isAppError } from '@/lib/errors';
import { openWorkspaceExport } from '@/lib/exports/open-workspace-export';
import { logger } from '@/lib/logger';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const ctx = await requireWorkspace('workspace.export');
    const id = z.uuid().safeParse((await params).id);
    if (!id.success) return NextResponse.json({ error: 'not_found' }, { status: 404 });
    const file = await openWorkspaceExport({ ctx, exportId: id.data });
    return new NextResponse(Readable.toWeb(file.stream) as ReadableStream, {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${file.fileName}"`,
        ...(file.sizeBytes ? { 'content-length': String(file.sizeBytes) } : {}),
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status, headers: { 'cache-control': 'no-store' } });
    logger.error({ err: error }, 'workspace export download failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
