import { z } from 'zod';
import { defineJob } from '../define-job';

const retry = { limit: 3, delaySeconds: 10 };

/**
 * One AI agent turn for one inbound customer message (lib/agent/runtime/run-agent-turn.ts).
 * Queued by the webhook worker with singletonKey = message id and a short debounce. Retries only
 * for retryable provider errors (429, 5xx, timeouts); after the last attempt the turn hands the
 * conversation to a person instead of failing silently.
 */
export const agentReplyJob = defineJob({
  name: 'agent-reply',
  payload: z.object({ workspaceId: z.uuid(), messageId: z.uuid() }),
  retry,
  // Provider calls time out well before this (lib/agent/providers); sends are only queued here.
  timeoutSeconds: 120,
  // Debounced jobs are woken by a timer in the process that queued them; the poll is a safety net.
  pollingIntervalSeconds: 2,
  // Provider calls are I/O-bound (seconds against a real LLM), so many run at once.
  concurrency: 16,
  async handler({ workspaceId, messageId }, { attempt, log }) {
    // Lazy: the runtime imports the inbox (which enqueues jobs → registry → this file).
    const { runAgentTurn } = await import('../../agent/runtime/run-agent-turn');
    const { agentRuntimeDeps } = await import('../../agent/runtime/agent-runtime-deps');
    await runAgentTurn({ workspaceId, messageId, attempt, maxAttempts: retry.limit + 1, deps: agentRuntimeDeps, log });
  },
});
