// The one interface every model provider implements (OpenAI, xAI through the OpenAI SDK, Gemini,
// and the offline grounded responder). The engine (lib/agent/engine) builds the request; a
// provider only turns it into text and token counts, and maps its failures to ProviderError.
import type { Grounding } from '../engine/grounding';

export const providerIds = ['offline', 'openai', 'gemini', 'xai'] as const;
export type ProviderId = (typeof providerIds)[number];

export type ChatMessage = { role: 'user' | 'assistant'; content: string };

export type GenerateRequest = {
  /** The assembled system prompt, already redacted: exactly what leaves the building. */
  system: string;
  /** The conversation, oldest first (user = the customer, assistant = the business), redacted. */
  messages: ChatMessage[];
  model: string;
  maxOutputTokens: number;
  temperature: number;
  signal?: AbortSignal;
  /** Structured grounding: the offline responder answers from it; LLM providers ignore it (it is in `system`). */
  grounding: Grounding;
};

export type GenerateResult = { text: string; inputTokens: number; outputTokens: number; model: string };

export interface AgentProvider {
  readonly id: ProviderId;
  /** "OpenAI", "Built-in offline responder", … shown in the UI next to every reply. */
  readonly label: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  /** A minimal real call that proves the key and model work ("Test connection"). */
  testConnection(options: { model: string; signal?: AbortSignal }): Promise<{ model: string }>;
}

export type ProviderErrorKind = 'auth' | 'rate_limit' | 'timeout' | 'server' | 'bad_request' | 'network';

/** A provider failure in words an owner can act on; `retryable` for timeouts, 429 and 5xx. */
export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status: number | null;
  readonly retryable: boolean;
  constructor(kind: ProviderErrorKind, message: string, options: { status?: number | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryable = kind === 'rate_limit' || kind === 'timeout' || kind === 'server' || kind === 'network';
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}
