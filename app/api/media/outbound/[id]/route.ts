// GET /api/media/outbound/[id]?exp=…&sig=… – an operator's upload for Meta to fetch (signed capability URL, no session).
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { openOutboundMediaFile } from '@/lib/media/open-outbound-media-file';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const url = new URL(request.url);
    const file = await openOutboundMediaFile({ uploadId: id, exp: url.searchParams.get('exp'), sig: url.searchParams.get('sig') });
    return new NextResponse(file.body, { status: 200, headers: file.headers });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status, headers: { 'cache-control': 'no-store' } });
    logger.error({ err: error }, 'outbound media route failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
