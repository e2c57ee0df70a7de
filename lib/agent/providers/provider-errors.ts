// Turns what an SDK throws into a ProviderError an owner can act on. The vendors' own error text
// is only passed through for 400/404 (it names the bad model or parameter); everything else gets
// our wording, so a key echoed back by a vendor ("Incorrect API key provided: sk-…") never reaches
// the UI, the logs or AgentRun.reason. `scrub` removes the key from any text as a second guard.
import { ProviderError } from './agent-provider';

export type ErrorContext = { label: string; apiKey: string | null; timeoutMs: number; baseUrl: string };

export function scrub(text: string, apiKey: string | null): string {
  return apiKey ? text.split(apiKey).join('[redacted]') : text;
}

export function providerErrorFromStatus(status: number, vendorMessage: string, context: ErrorContext & { code?: string | null }): ProviderError {
  const { label } = context;
  const detail = scrub(vendorMessage, context.apiKey).trim().slice(0, 300).replace(/\.$/, '');
  if (status === 401 || status === 403) {
    return new ProviderError('auth', `${label} rejected the API key (${status}). Check the key on the Provider page.`, { status });
  }
  if (status === 429) {
    // OpenAI reports an empty balance as a 429 too; waiting does not fix that one.
    if (context.code === 'insufficient_quota') return new ProviderError('rate_limit', `${label} says the account has no credit left (429). Add credit or billing on your ${label} account.`, { status });
    return new ProviderError('rate_limit', `${label} is rate-limiting requests (429). Wait a minute or raise the limits on your ${label} account.`, { status });
  }
  if (status >= 500) return new ProviderError('server', `${label} had a server error (${status}). This is usually temporary; try again shortly.`, { status });
  return new ProviderError('bad_request', `${label} refused the request (${status})${detail ? `: ${detail}` : ''}. Check the model name on the Provider page.`, { status });
}

export function timeoutError(context: ErrorContext, cause?: unknown): ProviderError {
  return new ProviderError('timeout', `${context.label} did not answer within ${Math.round(context.timeoutMs / 100) / 10} s. Try again; if it keeps happening, pick a faster model.`, { cause });
}

export function cancelledError(context: ErrorContext, cause?: unknown): ProviderError {
  return new ProviderError('timeout', `The request to ${context.label} was cancelled before it finished.`, { cause });
}

export function networkError(context: ErrorContext, cause?: unknown): ProviderError {
  const host = safeHost(context.baseUrl);
  const code = errorCode(cause);
  return new ProviderError('network', `Could not reach ${context.label} at ${host}${code ? ` (${code})` : ''}. Check the network or the provider base URL.`, { cause });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured base URL';
  }
}

/** ECONNREFUSED, ENOTFOUND… from the error or the chain of causes undici wraps it in. */
function errorCode(error: unknown): string | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
