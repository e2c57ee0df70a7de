// GET /api/contacts/export – the contacts matching the list's filters as a streamed CSV download.
import { isAppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { contactListFiltersSchema } from '@/lib/contacts/contact.schema';
import { exportContactsCsv } from '@/lib/contacts/csv/export-contacts';
import { getRequestMeta } from '@/lib/http/request-meta';
import { logger } from '@/lib/logger';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const ctx = await requireWorkspace('contacts.export');
    const filters = contactListFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    await recordAudit({ ctx, action: 'contact.exported', targetType: 'contact', meta: await getRequestMeta(), metadata: { filters: { ...filters, cursor: undefined, q: filters.q ? 'set' : undefined } } });
    const rows = exportContactsCsv({ ctx, filters });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { value, done } = await rows.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          logger.error({ err: error, workspaceId: ctx.workspace.id }, 'contact export failed mid-stream');
          controller.error(error);
        }
      },
      async cancel() {
        await rows.return(undefined);
      },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="contacts-${stamp}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
