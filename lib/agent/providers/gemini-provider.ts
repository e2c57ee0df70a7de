// Google Gemini through `@google/generative-ai` (generateContent). The system prompt goes in
// `systemInstruction`, the conversation in `contents` with Gemini's roles (user / model). The
// base URL is configuration (GEMINI_BASE_URL) so tests point the real SDK at a local fake.
import {
  GoogleGenerativeAI,
  GoogleGenerativeAIAbortError,
  GoogleGenerativeAIError,
  GoogleGenerativeAIFetchError,
  GoogleGenerativeAIResponseError,
  type Content,
} from '@google/generative-ai';
import type { AgentProvider, ChatMessage, GenerateRequest, GenerateResult } from './agent-provider';
import { ProviderError } from './agent-provider';
import { providerLabel } from './provider-catalog';
import { cancelledError, networkError, providerErrorFromStatus, scrub, timeoutError, type ErrorContext } from './provider-errors';

export function createGeminiProvider(options: { apiKey: string; baseUrl: string; timeoutMs: number }): AgentProvider {
  // The SDK has no retries of its own; the agent-reply job retries retryable errors with backoff.
  const client = new GoogleGenerativeAI(options.apiKey);
  const context: ErrorContext = { label: providerLabel('gemini'), apiKey: options.apiKey, timeoutMs: options.timeoutMs, baseUrl: options.baseUrl };

  async function complete(request: Pick<GenerateRequest, 'system' | 'messages' | 'model' | 'maxOutputTokens' | 'temperature' | 'signal'>): Promise<GenerateResult> {
    const model = client.getGenerativeModel(
      { model: request.model, systemInstruction: request.system, generationConfig: { maxOutputTokens: request.maxOutputTokens, temperature: request.temperature } },
      { baseUrl: options.baseUrl, timeout: options.timeoutMs },
    );
    try {
      const { response } = await model.generateContent({ contents: toContents(request.messages) }, { signal: request.signal });
      return {
        text: response.text().trim(),
        inputTokens: response.usageMetadata?.promptTokenCount ?? 0,
        outputTokens: response.usageMetadata?.candidatesTokenCount ?? 0,
        model: request.model,
      };
    } catch (error) {
      throw toProviderError(error, context, request.signal);
    }
  }

  return {
    id: 'gemini',
    label: context.label,
    generate: (request) => complete(request),
    async testConnection({ model, signal }) {
      const result = await complete({ system: 'Reply with the single word: ok', messages: [{ role: 'user', content: 'ping' }], model, maxOutputTokens: 5, temperature: 0, signal });
      return { model: result.model };
    },
  };
}

/** Gemini wants alternating user/model turns, so consecutive messages from one side are joined. */
export function toContents(messages: ChatMessage[]): Content[] {
  const contents: Content[] = [];
  for (const message of messages) {
    const role = message.role === 'assistant' ? 'model' : 'user';
    const last = contents.at(-1);
    if (last?.role === role) last.parts.push({ text: message.content });
    else contents.push({ role, parts: [{ text: message.content }] });
  }
  return contents;
}

function toProviderError(error: unknown, context: ErrorContext, signal: AbortSignal | undefined): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof GoogleGenerativeAIAbortError) return signal?.aborted ? cancelledError(context, error) : timeoutError(context, error);
  if (error instanceof GoogleGenerativeAIFetchError && typeof error.status === 'number') {
    const reasons = (error.errorDetails ?? []).map((d) => (d as { reason?: unknown }).reason);
    // An invalid Gemini key is a 400 with reason API_KEY_INVALID, not a 401.
    if (reasons.includes('API_KEY_INVALID')) return providerErrorFromStatus(401, '', context);
    return providerErrorFromStatus(error.status, vendorMessage(error.message), context);
  }
  if (error instanceof GoogleGenerativeAIResponseError) {
    return new ProviderError('bad_request', `${context.label} returned no usable reply: ${scrub(vendorMessage(error.message), context.apiKey).slice(0, 200)}`, { cause: error });
  }
  // The SDK rewraps fetch failures (connection refused, DNS) as a plain GoogleGenerativeAIError.
  if (error instanceof GoogleGenerativeAIError) return networkError(context, error);
  return new ProviderError('server', `${context.label} returned a response Relaydesk could not read.`, { cause: error });
}

/** "[GoogleGenerativeAI Error]: Error fetching from <url>: [400 Bad Request] <message> [details]" → "<message>". */
function vendorMessage(message: string): string {
  const afterStatus = /\[\d{3}[^\]]*\]\s*(.*)$/s.exec(message)?.[1] ?? message.replace(/^\[GoogleGenerativeAI Error\]:\s*/, '');
  return afterStatus.replace(/\s\[\{.*$/s, '').trim();
}
