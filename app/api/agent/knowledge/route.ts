// POST /api/agent/knowledge – upload a knowledge file (multipart field "file"); stored, then indexed by a job.
import { NextResponse } from 'next/server';
import { readKnowledgeUpload } from '@/lib/agent/knowledge/read-knowledge-upload';
import { uploadKnowledgeFile } from '@/lib/agent/knowledge/upload-knowledge-file';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { getRequestMeta } from '@/lib/http/request-meta';
import { logger } from '@/lib/logger';
import { assertSameOrigin } from '@/lib/security/assert-same-origin';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  try {
    await assertSameOrigin();
    const ctx = await requireWorkspace('agent.configure');
    const { fileName, bytes } = await readKnowledgeUpload({ request, maxBytes: env().KNOWLEDGE_MAX_BYTES });
    const file = await uploadKnowledgeFile({ ctx, fileName, bytes, meta: await getRequestMeta() });
    return NextResponse.json(file, { status: 201 });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status });
    logger.error({ err: error }, 'knowledge upload failed');
    return NextResponse.json({ error: 'internal', message: 'The upload failed on our side. Please try again.' }, { status: 500 });
  }
}
