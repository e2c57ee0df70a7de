// OpenAI through the official `openai` SDK (Chat Completions). The base URL is configuration
// (OPENAI_BASE_URL) so tests and the e2e server point the real SDK at a local fake.
import type { AgentProvider } from './agent-provider';
import { createOpenAiCompatibleProvider } from './openai-compatible-provider';
import { providerLabel } from './provider-catalog';

export function createOpenAiProvider(options: { apiKey: string; baseUrl: string; timeoutMs: number }): AgentProvider {
  return createOpenAiCompatibleProvider({ id: 'openai', label: providerLabel('openai'), maxTokensParam: 'max_completion_tokens', ...options });
}
