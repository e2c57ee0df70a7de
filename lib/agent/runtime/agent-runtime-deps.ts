// The real wiring of the agent runtime: the engine, the workspace's provider (offline when no
// key is configured), the pricing table and the workspace's knowledge search.
import { composeReply } from '../engine/compose-reply';
import { searchKnowledge } from '../knowledge/search-knowledge';
import { createOfflineProvider, offlineModel, offlineProviderLabel } from '../providers/offline-provider';
import { estimateCostMicros } from '../providers/pricing';
import { resolveAgentProvider } from '../providers/resolve-agent-provider';
import type { AgentRuntimeDeps } from './agent-runtime-deps.types';

/**
 * The workspace's provider. Workspaces that chose no LLM get the offline responder directly:
 * createProvider('offline') is not wired in agent-providers yet; once it is, this collapses to
 * resolveAgentProvider alone.
 */
const resolveProvider: AgentRuntimeDeps['resolveProvider'] = async (options) => {
  const config = await options.ctx.db.agentConfig.findFirst({ select: { provider: true } });
  if (!config || config.provider === 'offline') {
    return { provider: createOfflineProvider(), model: offlineModel, providerId: 'offline', offline: true, label: offlineProviderLabel };
  }
  return resolveAgentProvider(options);
};

export const agentRuntimeDeps: AgentRuntimeDeps = { composeReply, resolveProvider, estimateCostMicros, searchKnowledge };
