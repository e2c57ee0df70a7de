// Indexes a failed file again (after a fix on our side, or a transient failure).
import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';
import { queueIndexing } from './upload-knowledge-file';

export async function retryKnowledgeFile(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace'>; fileId: string }): Promise<{ status: 'processing' | 'failed' }> {
  const { ctx, fileId } = options;
  // Only failed files: a processing file already has a job, and a ready one has nothing to fix.
  // Never a file that broke a safety limit: the same bytes would break it again (extraction-limits.ts).
  const { count } = await ctx.db.knowledgeFile.updateMany({ where: { id: fileId, status: 'failed', limitBreach: null }, data: { status: 'processing', error: null, extractionAttempts: 0 } });
  if (count === 0) {
    const exists = await ctx.db.knowledgeFile.findFirst({ where: { id: fileId }, select: { status: true, limitBreach: true } });
    if (!exists) throw new AppError('not_found', 'This file is no longer in your knowledge base.');
    if (exists.limitBreach) throw new AppError('conflict', 'This file broke a safety limit, so it cannot be indexed again. Upload a smaller or simpler file instead.');
    throw new AppError('conflict', exists.status === 'processing' ? 'This file is already being indexed.' : 'This file is already indexed.');
  }
  return { status: await queueIndexing({ ctx, fileId }) };
}
