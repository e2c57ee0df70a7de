// Removes a knowledge file; its passages go with it (ON DELETE CASCADE), so the agent stops
// citing it at once. A queued indexing job then finds nothing and ends quietly.
import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import type { RequestMeta } from '../../http/request-meta';
import type { WorkspaceContext } from '../../workspaces/context';

export async function deleteKnowledgeFile(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace' | 'user'>; fileId: string; meta?: RequestMeta | null }): Promise<{ name: string }> {
  const { ctx, fileId } = options;
  const file = await ctx.db.knowledgeFile.findFirst({ where: { id: fileId }, select: { name: true } });
  if (!file) throw new AppError('not_found', 'This file is no longer in your knowledge base.');
  const { count } = await ctx.db.knowledgeFile.deleteMany({ where: { id: fileId } });
  if (count === 0) throw new AppError('not_found', 'This file is no longer in your knowledge base.');
  await recordAudit({ ctx, action: 'agent.knowledge_file_deleted', targetType: 'KnowledgeFile', targetId: fileId, meta: options.meta, metadata: { name: file.name } }, ctx.db);
  return file;
}
