// The provider the playground answers with: exactly the one the workspace's real replies use.
import type { WorkspaceContext } from '../../workspaces/context';
import { createOfflineProvider, offlineModel, offlineProviderLabel } from '../providers/offline-provider';
import { resolveAgentProvider, type ResolvedAgentProvider } from '../providers/resolve-agent-provider';

export async function playgroundProvider({ ctx }: { ctx: Pick<WorkspaceContext, 'db' | 'workspace'> }): Promise<ResolvedAgentProvider> {
  try {
    return await resolveAgentProvider({ ctx });
  } catch (error) {
    // Interim: createProvider does not build the offline responder yet (agent-providers wires it
    // in); until then the offline fallback is built here. Remove once createProvider handles it.
    if (error instanceof Error && error.message === 'The offline provider is not wired in yet.') {
      return { provider: createOfflineProvider(), model: offlineModel, providerId: 'offline', offline: true, label: offlineProviderLabel, keySource: 'none' };
    }
    throw error;
  }
}
