// The indexing job's work: read the stored bytes, extract, chunk, and replace the file's
// passages in one transaction (so a re-run or retry never leaves duplicates or a half index).
// A bad FILE ends as status `failed` with a reason the owner can act on; only database
// trouble is thrown, for the job to retry.
import { isAppError } from '../../errors';
import type { Logger } from '../../logger';
import { scopedDb } from '../../workspaces/scoped-db';
import { chunkExtracted, type ChunkDraft } from './chunk-text';
import { extractKnowledgeText } from './extract-text';

export type IndexOutcome = 'ready' | 'failed' | 'missing';

export const indexingInternalErrorMessage = 'The file could not be indexed because of a problem on our side. Press Retry.';

export async function indexKnowledgeFile(options: { workspaceId: string; fileId: string; log: Logger }): Promise<IndexOutcome> {
  const { fileId, log } = options;
  const sdb = scopedDb(options.workspaceId);
  const file = await sdb.knowledgeFile.findFirst({ where: { id: fileId }, select: { name: true, content: true } });
  if (!file) return 'missing'; // deleted before the job ran

  let chunks: ChunkDraft[];
  let charCount: number;
  try {
    // Pure computation on the bytes: any error here is about this file (or a parser bug that
    // would fail the same way on every retry), never a transient fault.
    const extracted = await extractKnowledgeText({ fileName: file.name, bytes: new Uint8Array(file.content) });
    chunks = chunkExtracted(extracted);
    charCount = extracted.charCount;
    if (!chunks.length) throw new Error('no chunks from a non-empty text');
  } catch (error) {
    if (!isAppError(error)) log.error({ err: error, workspaceId: options.workspaceId, fileId }, 'knowledge extraction crashed');
    const reason = isAppError(error) ? error.message : indexingInternalErrorMessage;
    await markKnowledgeFileFailed({ workspaceId: options.workspaceId, fileId, reason });
    return 'failed';
  }

  const stored = await sdb.$transaction(async (tx) => {
    const updated = await tx.knowledgeFile.updateMany({
      where: { id: fileId },
      data: { status: 'ready', error: null, chunkCount: chunks.length, charCount, processedAt: new Date() },
    });
    if (updated.count === 0) return false;
    await tx.knowledgeChunk.deleteMany({ where: { fileId } });
    await tx.knowledgeChunk.createMany({
      data: chunks.map((chunk, ordinal) => ({ workspaceId: options.workspaceId, fileId, ordinal, heading: chunk.heading, text: chunk.text })),
    });
    return true;
  });
  return stored ? 'ready' : 'missing';
}

export async function markKnowledgeFileFailed(options: { workspaceId: string; fileId: string; reason: string }): Promise<void> {
  const sdb = scopedDb(options.workspaceId);
  await sdb.$transaction([
    sdb.knowledgeChunk.deleteMany({ where: { fileId: options.fileId } }),
    sdb.knowledgeFile.updateMany({ where: { id: options.fileId }, data: { status: 'failed', error: options.reason, chunkCount: 0, charCount: 0, processedAt: new Date() } }),
  ]);
}
