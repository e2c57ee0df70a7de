// xAI (Grok) exposes an OpenAI-compatible API, so the same `openai` SDK is used with xAI's base
// URL (XAI_BASE_URL, https://api.x.ai/v1) — https://docs.x.ai/docs/guides/migration.
import type { AgentProvider } from './agent-provider';
import { createOpenAiCompatibleProvider } from './openai-compatible-provider';
import { providerLabel } from './provider-catalog';

export function createXaiProvider(options: { apiKey: string; baseUrl: string; timeoutMs: number }): AgentProvider {
  return createOpenAiCompatibleProvider({ id: 'xai', label: providerLabel('xai'), maxTokensParam: 'max_tokens', ...options });
}
