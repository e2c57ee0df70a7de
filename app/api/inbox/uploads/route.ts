// POST /api/inbox/uploads – an attachment for the composer (raw body; name in X-File-Name), checked against the media policy.
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { storeOutboundUpload } from '@/lib/inbox/uploads/store-outbound-upload';
import { assertSameOrigin } from '@/lib/security/assert-same-origin';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  try {
    await assertSameOrigin();
    const ctx = await requireWorkspace('inbox.use');
    const length = request.headers.get('content-length');
    const rawName = request.headers.get('x-file-name') ?? '';
    const fileName = (() => { try { return decodeURIComponent(rawName); } catch { return rawName; } })();
    const upload = await storeOutboundUpload({
      ctx, body: request.body, contentType: request.headers.get('content-type'), declaredBytes: length && /^\d+$/.test(length) ? Number(length) : null, fileName,
    });
    return NextResponse.json(upload, { status: 201 });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status });
    logger.error({ err: error }, 'upload route failed');
    return NextResponse.json({ error: 'internal', message: 'The upload failed on our side. Please try again.' }, { status: 500 });
  }
}
