// The indexing job's work: read the stored bytes, extract them in the sandboxed child process,
// chunk, and replace the file's passages in one transaction (so a re-run or retry never leaves
// duplicates or a half index). A bad FILE ends as status `failed` with a reason the owner can
// act on; only infrastructure trouble is thrown, for the job to retry.
//
// Files that broke a safety limit are never read again: the breach is written (limitBreach)
// before this function returns, and every run checks it first — so neither pg-boss re-running an
// expired or crashed job nor the owner's Retry can feed the same bomb to the extractor twice. The
// extraction's own hard time limit (≤ 120 s) plus the wait for a slot stays under the job's expiry
// (knowledgeJobTimeoutSeconds), so a job cannot outlive it and be started again while still running.
import { env } from '../../env';
import { isAppError } from '../../errors';
import type { Logger } from '../../logger';
import { scopedDb } from '../../workspaces/scoped-db';
import { chunkExtracted, type ChunkDraft } from './chunk-text';
import { ExtractorBusyError, ExtractorStartError, extractInChildProcess } from './extract-in-child-process';
import { isKnowledgeLimitError, knowledgeJobTimeoutSeconds, limitMessages, type KnowledgeLimitKind } from './extraction-limits';

export type IndexOutcome = 'ready' | 'failed' | 'missing';

export const indexingInternalErrorMessage = 'The file could not be indexed because of a problem on our side. Press Retry.';

/** Unfinished extractions (the worker died mid-way) tolerated before the file is failed for good. */
const maxUnfinishedAttempts = 2;

export async function indexKnowledgeFile(options: { workspaceId: string; fileId: string; log: Logger }): Promise<IndexOutcome> {
  const { workspaceId, fileId, log } = options;
  const sdb = scopedDb(workspaceId);
  const file = await sdb.knowledgeFile.findFirst({ where: { id: fileId }, select: { name: true, content: true, status: true, error: true, limitBreach: true, extractionAttempts: true } });
  if (!file) return 'missing'; // deleted before the job ran

  if (file.limitBreach) {
    // Already judged: keep it failed with its reason (a stale job must not flip it back).
    if (file.status !== 'failed') await sdb.knowledgeFile.updateMany({ where: { id: fileId }, data: { status: 'failed' } });
    log.warn({ workspaceId, fileId, limit: file.limitBreach }, 'refusing to re-read a knowledge file that broke a limit');
    return 'failed';
  }
  if (file.extractionAttempts >= maxUnfinishedAttempts) {
    log.error({ workspaceId, fileId, attempts: file.extractionAttempts }, 'knowledge extraction kept dying mid-way; failing the file for good');
    await markKnowledgeFileBreached({ workspaceId, fileId, limit: 'interrupted', reason: limitMessages.interrupted() });
    return 'failed';
  }
  // Counted before starting, cleared by every ending below: only a run that died leaves it raised.
  const claimed = await sdb.knowledgeFile.updateMany({ where: { id: fileId, limitBreach: null }, data: { extractionAttempts: { increment: 1 } } });
  if (claimed.count === 0) return 'missing';

  const config = env();
  const timeoutMs = config.KNOWLEDGE_EXTRACTION_TIMEOUT_SECONDS * 1000;
  const limits = { memoryMb: config.KNOWLEDGE_EXTRACTION_MEMORY_MB, timeoutMs };
  // Waiting for a slot + extracting + a minute for the database must fit in the job's expiry.
  const maxWaitMs = Math.max(5_000, knowledgeJobTimeoutSeconds * 1000 - limits.timeoutMs - 60_000);

  let chunks: ChunkDraft[];
  let charCount: number;
  try {
    const { extracted, peakRssBytes, ms } = await extractInChildProcess({ fileName: file.name, bytes: new Uint8Array(file.content), limits, maxWaitMs });
    log.debug({ workspaceId, fileId, ms, peakRssMb: Math.round(peakRssBytes / 1048576) }, 'knowledge file extracted');
    // The extraction finished: a database failure while storing below must not count as one that died.
    await sdb.knowledgeFile.updateMany({ where: { id: fileId }, data: { extractionAttempts: 0 } });
    chunks = chunkExtracted(extracted);
    charCount = extracted.charCount;
    if (!chunks.length) throw new Error('no chunks from a non-empty text');
  } catch (error) {
    if (error instanceof ExtractorBusyError || error instanceof ExtractorStartError) {
      // Nothing was read: not the file's fault, and not an unfinished extraction either.
      await sdb.knowledgeFile.updateMany({ where: { id: fileId }, data: { extractionAttempts: { decrement: 1 } } });
      throw error;
    }
    if (isKnowledgeLimitError(error)) {
      log.warn({ workspaceId, fileId, limit: error.limit, peakRssMb: error.peakRssBytes === undefined ? undefined : Math.round(error.peakRssBytes / 1048576) }, 'knowledge file broke a safety limit');
      await markKnowledgeFileBreached({ workspaceId, fileId, limit: error.limit, reason: error.message });
      return 'failed';
    }
    // Any other error is about this file (or an extractor bug that would fail the same way on
    // every retry), never a transient fault: the owner sees the reason and may press Retry.
    if (!isAppError(error)) log.error({ err: error, workspaceId, fileId }, 'knowledge extraction crashed');
    const reason = isAppError(error) ? error.message : indexingInternalErrorMessage;
    await markKnowledgeFileFailed({ workspaceId, fileId, reason });
    return 'failed';
  }

  const stored = await sdb.$transaction(async (tx) => {
    const updated = await tx.knowledgeFile.updateMany({
      where: { id: fileId, limitBreach: null },
      data: { status: 'ready', error: null, chunkCount: chunks.length, charCount, processedAt: new Date(), extractionAttempts: 0 },
    });
    if (updated.count === 0) return false;
    await tx.knowledgeChunk.deleteMany({ where: { fileId } });
    await tx.knowledgeChunk.createMany({
      data: chunks.map((chunk, ordinal) => ({ workspaceId, fileId, ordinal, heading: chunk.heading, text: chunk.text })),
    });
    return true;
  });
  return stored ? 'ready' : 'missing';
}

/** A failure the owner may retry (after a fix on our side, or a transient problem). Never overwrites a breach. */
export async function markKnowledgeFileFailed(options: { workspaceId: string; fileId: string; reason: string }): Promise<void> {
  const sdb = scopedDb(options.workspaceId);
  await sdb.$transaction([
    sdb.knowledgeChunk.deleteMany({ where: { fileId: options.fileId } }),
    sdb.knowledgeFile.updateMany({
      where: { id: options.fileId, limitBreach: null },
      data: { status: 'failed', error: options.reason, chunkCount: 0, charCount: 0, processedAt: new Date(), extractionAttempts: 0 },
    }),
  ]);
}

/** A file that broke a safety limit: failed for good, with the limit recorded so nothing reads it again. */
export async function markKnowledgeFileBreached(options: { workspaceId: string; fileId: string; limit: KnowledgeLimitKind; reason: string }): Promise<void> {
  const sdb = scopedDb(options.workspaceId);
  await sdb.$transaction([
    sdb.knowledgeChunk.deleteMany({ where: { fileId: options.fileId } }),
    sdb.knowledgeFile.updateMany({
      where: { id: options.fileId },
      data: { status: 'failed', error: options.reason, limitBreach: options.limit, chunkCount: 0, charCount: 0, processedAt: new Date(), extractionAttempts: 0 },
    }),
  ]);
}
