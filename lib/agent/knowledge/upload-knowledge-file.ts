// Stores an uploaded knowledge file (bytes kept in the row, so re-indexing never depends on
// disk) and queues its indexing. The type is checked here, before anything is stored, so an
// owner learns at once that a PNG is not accepted; reading the text happens in the job.
import { createHash } from 'node:crypto';
import { recordAudit } from '../../audit/record-audit';
import { env } from '../../env';
import { AppError } from '../../errors';
import type { RequestMeta } from '../../http/request-meta';
import { enqueue } from '../../jobs/enqueue';
import { logger } from '../../logger';
import { cleanFileName } from '../../media/clean-file-name';
import type { WorkspaceContext } from '../../workspaces/context';
import { detectKnowledgeFormat } from './detect-knowledge-format';
import { formatBytes, knowledgeFormatInfo } from './knowledge-formats';

export type UploadedKnowledgeFile = { id: string; name: string; status: 'processing' | 'failed' };

const isUniqueViolation = (error: unknown) => Boolean(error && typeof error === 'object' && 'code' in error && (error as { code: unknown }).code === 'P2002');

export function knowledgeTooLarge(maxBytes = env().KNOWLEDGE_MAX_BYTES): AppError {
  return new AppError('payload_too_large', `This file is too large: knowledge files can be at most ${formatBytes(maxBytes)}. Split it into smaller files.`);
}

export async function uploadKnowledgeFile(options: {
  ctx: Pick<WorkspaceContext, 'db' | 'workspace' | 'user'>;
  fileName: string;
  bytes: Uint8Array;
  meta?: RequestMeta | null;
}): Promise<UploadedKnowledgeFile> {
  const { ctx, bytes } = options;
  if (bytes.byteLength > env().KNOWLEDGE_MAX_BYTES) throw knowledgeTooLarge();
  const name = cleanFileName(options.fileName, { maxLength: 200, fallback: 'Untitled' });
  const format = detectKnowledgeFormat({ fileName: name, bytes });
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const duplicate = () => ctx.db.knowledgeFile.findFirst({ where: { sha256 }, select: { name: true } });
  const existing = await duplicate();
  if (existing) throw new AppError('conflict', `This file is already in your knowledge base (${existing.name}).`);
  let file: { id: string; name: string };
  try {
    file = await ctx.db.knowledgeFile.create({
      data: { workspaceId: ctx.workspace.id, name, mimeType: knowledgeFormatInfo[format].mimeType, sizeBytes: bytes.byteLength, sha256, content: Buffer.from(bytes), uploadedById: ctx.user.id },
      select: { id: true, name: true },
    });
  } catch (error) {
    // Two uploads of the same file at once: the unique (workspaceId, sha256) index decides.
    if (isUniqueViolation(error)) throw new AppError('conflict', `This file is already in your knowledge base (${(await duplicate())?.name ?? name}).`);
    throw error;
  }
  await recordAudit({ ctx, action: 'agent.knowledge_file_uploaded', targetType: 'KnowledgeFile', targetId: file.id, meta: options.meta, metadata: { format, sizeBytes: bytes.byteLength } }, ctx.db);
  return { ...file, status: await queueIndexing({ ctx, fileId: file.id }) };
}

/** Queues (re-)indexing; if the queue is unreachable the file is marked failed so Retry is offered instead of a spinner forever. */
export async function queueIndexing(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace'>; fileId: string }): Promise<'processing' | 'failed'> {
  try {
    await enqueue('index-knowledge-file', { workspaceId: options.ctx.workspace.id, fileId: options.fileId }, { singletonKey: options.fileId });
    return 'processing';
  } catch (error) {
    logger.error({ err: error, workspaceId: options.ctx.workspace.id, fileId: options.fileId }, 'could not queue knowledge indexing');
    await options.ctx.db.knowledgeFile.updateMany({ where: { id: options.fileId }, data: { status: 'failed', error: 'Indexing could not be started. Press Retry.' } });
    return 'failed';
  }
}
