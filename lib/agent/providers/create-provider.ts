// One place that turns a provider id and a key into an AgentProvider, with the base URLs and the
// timeout taken from configuration (lib/env.ts) unless the caller overrides them (tests).
import { env } from '../../env';
import type { AgentProvider, ProviderId } from './agent-provider';
import { createGeminiProvider } from './gemini-provider';
import { createOpenAiProvider } from './openai-provider';
import { createXaiProvider } from './xai-provider';

export function createProvider(options: { id: ProviderId; apiKey: string | null; baseUrl?: string; timeoutMs?: number }): AgentProvider {
  const config = env();
  const timeoutMs = options.timeoutMs ?? config.AGENT_PROVIDER_TIMEOUT_MS;
  if (options.id === 'offline') throw new Error('The offline provider is not wired in yet.');
  if (!options.apiKey) throw new Error(`createProvider(${options.id}) needs an API key; resolveAgentProvider falls back to offline when there is none.`);
  const apiKey = options.apiKey;
  switch (options.id) {
    case 'openai':
      return createOpenAiProvider({ apiKey, timeoutMs, baseUrl: options.baseUrl ?? config.OPENAI_BASE_URL });
    case 'xai':
      return createXaiProvider({ apiKey, timeoutMs, baseUrl: options.baseUrl ?? config.XAI_BASE_URL });
    case 'gemini':
      return createGeminiProvider({ apiKey, timeoutMs, baseUrl: options.baseUrl ?? config.GEMINI_BASE_URL });
  }
}
