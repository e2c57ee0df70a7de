// GET /api/contacts/[id]/export?format=json|csv – one contact's data as a download (owners, admins).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { exportContactData } from '@/lib/contacts/export-contact-data';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

const query = z.object({ id: z.uuid(), format: z.enum(['json', 'csv']).default('json') });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const ctx = await requireWorkspace('data.export');
    const input = query.safeParse({ id: (await params).id, format: new URL(request.url).searchParams.get('format') ?? undefined });
    if (!input.success) return NextResponse.json({ error: 'bad_request', message: 'Unknown contact or format.' }, { status: 400 });
    const exported = await exportContactData({ ctx, contactId: input.data.id });
    const csv = input.data.format === 'csv';
    return new NextResponse(csv ? exported.csv : exported.json, {
      headers: {
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${exported.fileBase}.${input.data.format}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status, headers: { 'cache-control': 'no-store' } });
    logger.error({ err: error }, 'contact export failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
