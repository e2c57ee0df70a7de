// Indexes a failed file again (after a fix on our side, or a transient failure).
import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';
import { queueIndexing } from './upload-knowledge-file';

export async function retryKnowledgeFile(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace'>; fileId: string }): Promise<{ status: 'processing' | 'failed' }> {
  const { ctx, fileId } = options;
  // Only failed files: a processing file already has a job, and a ready one has nothing to fix.
  const { count } = await ctx.db.knowledgeFile.updateMany({ where: { id: fileId, status: 'failed' }, data: { status: 'processing', error: null } });
  if (count === 0) {
    const exists = await ctx.db.knowledgeFile.findFirst({ where: { id: fileId }, select: { status: true } });
    if (!exists) throw new AppError('not_found', 'This file is no longer in your knowledge base.');
    throw new AppError('conflict', exists.status === 'processing' ? 'This file is already being indexed.' : 'This file is already indexed.');
  }
  return { status: await queueIndexing({ ctx, fileId }) };
}
