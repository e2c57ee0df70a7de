// Which provider answers for a workspace right now: its AgentConfig (none saved = offline), with
// the workspace's own key if it saved one, else the platform key from the environment, else the
// built-in offline responder — labelled with the reason, so owners see why no LLM is used.
import { decryptToken } from '../../crypto/token-cipher';
import { env } from '../../env';
import { logger } from '../../logger';
import type { WorkspaceContext } from '../../workspaces/context';
import type { ProviderConfig } from '../runtime/load-turn-limits';
import type { AgentProvider, ProviderId } from './agent-provider';
import { createProvider } from './create-provider';
import { defaultModelFor, providerLabel } from './provider-catalog';

export type KeySource = 'workspace' | 'platform' | 'none';

export type ResolvedAgentProvider = {
  provider: AgentProvider;
  model: string;
  providerId: ProviderId;
  offline: boolean;
  /** "OpenAI · gpt-4o-mini (workspace key)", "Built-in offline responder (no xAI key configured)". */
  label: string;
  keySource: KeySource;
};

/** The platform key for a provider, from the environment. */
export function platformKeyFor(id: ProviderId): string | null {
  const config = env();
  if (id === 'openai') return config.OPENAI_API_KEY ?? null;
  if (id === 'gemini') return config.GEMINI_API_KEY ?? null;
  if (id === 'xai') return config.XAI_API_KEY ?? null;
  return null;
}

export async function resolveAgentProvider(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace'>; config?: ProviderConfig | null }): Promise<ResolvedAgentProvider> {
  const { ctx } = options;
  // The agent turn passes what it read with its limits (one statement); others read it here.
  const config = options.config !== undefined ? options.config : await ctx.db.agentConfig.findFirst({ select: { provider: true, model: true, apiKeyEnc: true } });
  const chosen = config?.provider ?? 'offline';
  if (chosen === 'offline') return offline(providerLabel('offline'));

  let workspaceKey: string | null = null;
  if (config?.apiKeyEnc) {
    try {
      workspaceKey = decryptToken(config.apiKeyEnc);
    } catch (error) {
      // A key encrypted with a key id that is no longer in TOKEN_ENCRYPTION_KEYS. Falling back to
      // the platform key silently would bill the platform for this workspace, so go offline and say so.
      logger.warn({ workspaceId: ctx.workspace.id, provider: chosen, err: error instanceof Error ? error.message : 'decrypt failed' }, 'workspace provider key cannot be decrypted');
      return offline(`${providerLabel('offline')} (the saved ${providerLabel(chosen)} key cannot be read — save it again)`);
    }
  }
  const platformKey = workspaceKey ? null : platformKeyFor(chosen);
  const apiKey = workspaceKey ?? platformKey;
  if (!apiKey) return offline(`${providerLabel('offline')} (no ${providerLabel(chosen)} key configured)`);

  const keySource: KeySource = workspaceKey ? 'workspace' : 'platform';
  const model = config?.model ?? defaultModelFor(chosen);
  return {
    provider: createProvider({ id: chosen, apiKey }),
    model,
    providerId: chosen,
    offline: false,
    label: `${providerLabel(chosen)} · ${model} (${keySource} key)`,
    keySource,
  };
}

function offline(label: string): ResolvedAgentProvider {
  return { provider: createProvider({ id: 'offline', apiKey: null }), model: defaultModelFor('offline'), providerId: 'offline', offline: true, label, keySource: 'none' };
}
