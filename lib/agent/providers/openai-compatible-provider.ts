// OpenAI and xAI speak the same Chat Completions API, so one adapter over the `openai` SDK serves
// both; openai-provider.ts and xai-provider.ts only choose the base URL, label and token parameter.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { AgentProvider, GenerateRequest, GenerateResult, ProviderId } from './agent-provider';
import { ProviderError } from './agent-provider';
import { cancelledError, networkError, providerErrorFromStatus, timeoutError, type ErrorContext } from './provider-errors';

export type OpenAiCompatibleOptions = {
  id: Extract<ProviderId, 'openai' | 'xai'>;
  label: string;
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  /** OpenAI deprecated `max_tokens` for `max_completion_tokens` (required by its reasoning models); xAI documents `max_tokens`. */
  maxTokensParam: 'max_completion_tokens' | 'max_tokens';
};

export function createOpenAiCompatibleProvider(options: OpenAiCompatibleOptions): AgentProvider {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    // No SDK retries: the agent-reply job retries retryable ProviderErrors with backoff, and SDK
    // retries on top would multiply calls (2 × 3) and stretch one reply far past the timeout
    // budget. "Test connection" should also report the first failure, not hide it.
    maxRetries: 0,
  });
  const context: ErrorContext = { label: options.label, apiKey: options.apiKey, timeoutMs: options.timeoutMs, baseUrl: options.baseUrl };

  async function complete(request: Pick<GenerateRequest, 'system' | 'messages' | 'model' | 'maxOutputTokens' | 'temperature' | 'signal'>): Promise<GenerateResult> {
    try {
      const completion = await client.chat.completions.create(
        {
          model: request.model,
          messages: [{ role: 'system', content: request.system }, ...request.messages.map((m) => ({ role: m.role, content: m.content }))],
          temperature: request.temperature,
          [options.maxTokensParam]: request.maxOutputTokens,
        },
        { signal: request.signal },
      );
      return {
        text: completion.choices[0]?.message?.content?.trim() ?? '',
        inputTokens: completion.usage?.prompt_tokens ?? 0,
        outputTokens: completion.usage?.completion_tokens ?? 0,
        model: completion.model || request.model,
      };
    } catch (error) {
      throw toProviderError(error, context);
    }
  }

  return {
    id: options.id,
    label: options.label,
    generate: (request) => complete(request),
    async testConnection({ model, signal }) {
      // Five tokens are enough to prove the key, the model id and the route, for a fraction of a cent.
      const result = await complete({ system: 'Reply with the single word: ok', messages: [{ role: 'user', content: 'ping' }], model, maxOutputTokens: 5, temperature: 0, signal });
      return { model: result.model };
    },
  };
}

function toProviderError(error: unknown, context: ErrorContext): ProviderError {
  if (error instanceof ProviderError) return error;
  // Order matters: the timeout and abort errors are subclasses of APIConnectionError / APIError.
  if (error instanceof APIConnectionTimeoutError) return timeoutError(context, error);
  if (error instanceof APIUserAbortError) return cancelledError(context, error);
  if (error instanceof APIConnectionError) return networkError(context, error.cause ?? error);
  if (error instanceof APIError && typeof error.status === 'number') {
    const body = error.error as { message?: unknown } | undefined;
    const message = typeof body?.message === 'string' ? body.message : '';
    return providerErrorFromStatus(error.status, message, { ...context, code: error.code });
  }
  return new ProviderError('server', `${context.label} returned a response Relaydesk could not read.`, { cause: error });
}
