// The real wiring of the agent runtime: the engine, the workspace's provider (the offline
// responder when no key is configured), the pricing table and the workspace's knowledge search.
import { composeReply } from '../engine/compose-reply';
import { searchKnowledge } from '../knowledge/search-knowledge';
import { estimateCostMicros } from '../providers/pricing';
import { resolveAgentProvider } from '../providers/resolve-agent-provider';
import type { AgentRuntimeDeps } from './agent-runtime-deps.types';

export const agentRuntimeDeps: AgentRuntimeDeps = { composeReply, resolveProvider: resolveAgentProvider, estimateCostMicros, searchKnowledge };
