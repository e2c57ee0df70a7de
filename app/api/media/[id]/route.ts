// GET /api/media/[id] – a stored attachment, only for members of its workspace (Range supported).
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { openMediaFile } from '@/lib/media/open-media-file';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const ctx = await requireWorkspace('inbox.use');
    const { id } = await params;
    const file = await openMediaFile({ ctx, mediaId: id, rangeHeader: request.headers.get('range') });
    return new NextResponse(file.body, { status: file.status, headers: file.headers });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status, headers: { 'cache-control': 'no-store' } });
    logger.error({ err: error }, 'media route failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
