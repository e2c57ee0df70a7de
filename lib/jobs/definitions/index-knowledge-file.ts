import { z } from 'zod';
import { knowledgeJobTimeoutSeconds } from '../../agent/knowledge/extraction-limits';
import { indexKnowledgeFile, indexingInternalErrorMessage, markKnowledgeFileFailed } from '../../agent/knowledge/index-knowledge-file';
import { defineJob } from '../define-job';

const retry = { limit: 3, delaySeconds: 10 };

export const indexKnowledgeFileJob = defineJob({
  name: 'index-knowledge-file',
  payload: z.strictObject({ workspaceId: z.uuid(), fileId: z.uuid() }),
  retry,
  // Extraction runs in a child process killed at KNOWLEDGE_EXTRACTION_TIMEOUT_SECONDS (≤ 120 s), so
  // the job always ends before pg-boss expires it and could start it again (index-knowledge-file.ts).
  timeoutSeconds: knowledgeJobTimeoutSeconds,
  async handler({ workspaceId, fileId }, { attempt, log }) {
    try {
      const outcome = await indexKnowledgeFile({ workspaceId, fileId, log });
      log.debug({ workspaceId, fileId, outcome }, 'index-knowledge-file done');
    } catch (error) {
      // Infrastructure errors retry; after the last one the owner sees Retry instead of a file stuck "processing".
      if (attempt <= retry.limit) throw error;
      log.error({ err: error, workspaceId, fileId }, 'index-knowledge-file gave up');
      await markKnowledgeFileFailed({ workspaceId, fileId, reason: indexingInternalErrorMessage });
    }
  },
});
