// The provider adapters against local fake servers speaking each vendor's HTTP API: the real
// `openai` and `@google/generative-ai` SDKs make the calls. Checks what reaches the wire (model,
// system prompt placement, messages, token limit, key), the parsed result and token usage, and
// that 401/429/500/400/timeouts/refused connections become the right ProviderError — with
// messages an owner can act on that never contain the key.
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isProviderError, type GenerateRequest, type ProviderError, type ProviderId } from '@/lib/agent/providers/agent-provider';
import { createProvider } from '@/lib/agent/providers/create-provider';
import { logger } from '@/lib/logger';
import { chatCompletion, geminiContent, geminiError, openAiError, startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server';

const workspaceKey = 'sk-workspace-secret-key-abcd';

function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    system: 'You are Mila, the assistant of Candle Co. Answer from the sources.',
    messages: [
      { role: 'user', content: 'Hi, do you ship to Austria?' },
      { role: 'assistant', content: 'Yes, in 3–5 days.' },
      { role: 'user', content: 'And how much is the lavender candle?' },
    ],
    model: 'gpt-4o-mini',
    maxOutputTokens: 300,
    temperature: 0.3,
    grounding: { question: 'And how much is the lavender candle?', language: 'en', sources: [], agentName: 'Mila', bookingUrl: '', withinHours: true, outOfHoursNotice: '', asksIfAi: false },
    ...overrides,
  };
}

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isProviderError(error)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

/** Everything about an error that could end up in a log line or the UI. */
function allText(error: Error): string {
  const parts: string[] = [];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 6; depth++, current = current.cause) parts.push(current.message, current.stack ?? '');
  return parts.join('\n');
}

const logged: string[] = [];
beforeAll(() => {
  for (const level of ['fatal', 'error', 'warn', 'info', 'debug'] as const) {
    vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => {
      logged.push(JSON.stringify(args, (_k, v: unknown) => (v instanceof Error ? allText(v) : v)));
    }) as never);
  }
});

afterAll(() => {
  expect(logged.join('\n')).not.toContain(workspaceKey);
  vi.restoreAllMocks();
});

describe.each([
  { id: 'openai' as ProviderId, label: 'OpenAI', tokenParam: 'max_completion_tokens' },
  { id: 'xai' as ProviderId, label: 'xAI', tokenParam: 'max_tokens' },
])('$label adapter (openai SDK, Chat Completions)', ({ id, label, tokenParam }) => {
  let server: FakeLlmServer;
  const provider = () => createProvider({ id, apiKey: workspaceKey, baseUrl: `${server.origin}/v1`, timeoutMs: 1500 });

  beforeAll(async () => {
    server = await startFakeLlmServer(() => chatCompletion('The lavender candle is €19.90.'));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.reply(() => chatCompletion('The lavender candle is €19.90.'));
  });

  it('sends the system prompt first, then the conversation, with the model, token limit and bearer key', async () => {
    const result = await provider().generate(request());
    expect(result).toEqual({ text: 'The lavender candle is €19.90.', inputTokens: 42, outputTokens: 7, model: 'gpt-4o-mini-2024-07-18' });
    expect(server.requests).toHaveLength(1);
    const [sent] = server.requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe('/v1/chat/completions');
    expect(sent!.headers.authorization).toBe(`Bearer ${workspaceKey}`);
    expect(sent!.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0.3,
      [tokenParam]: 300,
      messages: [
        { role: 'system', content: 'You are Mila, the assistant of Candle Co. Answer from the sources.' },
        { role: 'user', content: 'Hi, do you ship to Austria?' },
        { role: 'assistant', content: 'Yes, in 3–5 days.' },
        { role: 'user', content: 'And how much is the lavender candle?' },
      ],
    });
    // Grounding is for the offline responder only; nothing but the OpenAI fields goes out.
    expect(Object.keys(sent!.body as object).sort()).toEqual(['messages', 'model', 'temperature', tokenParam].sort());
  });

  it('tests the connection with a tiny real completion', async () => {
    expect(await provider().testConnection({ model: 'gpt-4o-mini' })).toEqual({ model: 'gpt-4o-mini-2024-07-18' });
    expect(server.requests[0]!.body).toMatchObject({ model: 'gpt-4o-mini', [tokenParam]: 5, temperature: 0 });
  });

  it('maps 401 to an auth error telling the owner to check the key, without echoing it', async () => {
    server.reply(() => openAiError(401, `Incorrect API key provided: ${workspaceKey}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key'));
    const error = await providerError(provider().testConnection({ model: 'gpt-4o-mini' }));
    expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false, message: `${label} rejected the API key (401). Check the key on the Provider page.` });
    expect(allText(error)).not.toContain(workspaceKey);
    // No SDK retries: the job owns retrying.
    expect(server.requests).toHaveLength(1);
  });

  it('maps 403 to auth too', async () => {
    server.reply(() => openAiError(403, 'Project does not have access to model', 'invalid_request_error'));
    expect(await providerError(provider().generate(request()))).toMatchObject({ kind: 'auth', status: 403 });
  });

  it('maps 429 to a retryable rate limit, and an empty balance to its own message', async () => {
    server.reply(() => openAiError(429, 'Rate limit reached for requests', 'requests', 'rate_limit_exceeded'));
    const limited = await providerError(provider().generate(request()));
    expect(limited).toMatchObject({ kind: 'rate_limit', status: 429, retryable: true });
    expect(limited.message).toContain('rate-limiting');
    expect(server.requests).toHaveLength(1);

    server.reply(() => openAiError(429, 'You exceeded your current quota', 'insufficient_quota', 'insufficient_quota'));
    expect((await providerError(provider().generate(request()))).message).toContain('no credit left');
  });

  it('maps 500 to a retryable server error, attempted once', async () => {
    server.reply(() => openAiError(500, 'The server had an error while processing your request.', 'server_error'));
    const error = await providerError(provider().generate(request()));
    expect(error).toMatchObject({ kind: 'server', status: 500, retryable: true });
    expect(error.message).toBe(`${label} had a server error (500). This is usually temporary; try again shortly.`);
    expect(server.requests).toHaveLength(1);
  });

  it("maps 400/404 (unknown model) to bad_request with the provider's message, key scrubbed", async () => {
    server.reply(() => openAiError(404, `The model \`gpt-9\` does not exist or you do not have access to it (key ${workspaceKey}).`, 'invalid_request_error', 'model_not_found'));
    const error = await providerError(provider().generate(request({ model: 'gpt-9' })));
    expect(error).toMatchObject({ kind: 'bad_request', status: 404, retryable: false });
    expect(error.message).toContain('The model `gpt-9` does not exist');
    expect(error.message).toContain('[redacted]');
    expect(allText(error)).not.toContain(workspaceKey);
  });

  it('times out when the server never answers within timeoutMs', async () => {
    server.reply(() => 'hang');
    const started = Date.now();
    const error = await providerError(provider().generate(request()));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(error.message).toBe(`${label} did not answer within 1.5 s. Try again; if it keeps happening, pick a faster model.`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a refused connection as a network error naming the host', async () => {
    const port = await closedPort();
    const error = await providerError(createProvider({ id, apiKey: workspaceKey, baseUrl: `http://127.0.0.1:${port}/v1`, timeoutMs: 1500 }).generate(request()));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(error.message).toContain(`Could not reach ${label} at 127.0.0.1:${port}`);
    expect(allText(error)).not.toContain(workspaceKey);
  });
});

describe('Gemini adapter (@google/generative-ai, generateContent)', () => {
  let server: FakeLlmServer;
  const provider = () => createProvider({ id: 'gemini', apiKey: workspaceKey, baseUrl: server.origin, timeoutMs: 1500 });

  beforeAll(async () => {
    server = await startFakeLlmServer(() => geminiContent('It is €19.90.'));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.reply(() => geminiContent('It is €19.90.'));
  });

  it('puts the system prompt in systemInstruction, maps roles to user/model and sends the key header', async () => {
    const result = await provider().generate(request({ model: 'gemini-2.0-flash' }));
    expect(result).toEqual({ text: 'It is €19.90.', inputTokens: 31, outputTokens: 5, model: 'gemini-2.0-flash' });
    const [sent] = server.requests;
    expect(sent!.path).toBe('/v1beta/models/gemini-2.0-flash:generateContent');
    expect(sent!.headers['x-goog-api-key']).toBe(workspaceKey);
    expect(sent!.path).not.toContain(workspaceKey);
    expect(sent!.body).toMatchObject({
      systemInstruction: { role: 'system', parts: [{ text: 'You are Mila, the assistant of Candle Co. Answer from the sources.' }] },
      contents: [
        { role: 'user', parts: [{ text: 'Hi, do you ship to Austria?' }] },
        { role: 'model', parts: [{ text: 'Yes, in 3–5 days.' }] },
        { role: 'user', parts: [{ text: 'And how much is the lavender candle?' }] },
      ],
      generationConfig: { maxOutputTokens: 300, temperature: 0.3 },
    });
  });

  it('joins consecutive messages of one side (Gemini wants alternating turns)', async () => {
    await provider().generate(request({ model: 'gemini-2.0-flash', messages: [{ role: 'user', content: 'Hi' }, { role: 'user', content: 'Anyone there?' }] }));
    expect((server.requests[0]!.body as { contents: unknown }).contents).toEqual([{ role: 'user', parts: [{ text: 'Hi' }, { text: 'Anyone there?' }] }]);
  });

  it('tests the connection with a 5-token call', async () => {
    expect(await provider().testConnection({ model: 'gemini-2.5-flash' })).toEqual({ model: 'gemini-2.5-flash' });
    expect(server.requests[0]!.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(server.requests[0]!.body).toMatchObject({ generationConfig: { maxOutputTokens: 5, temperature: 0 } });
  });

  it("maps Gemini's invalid key (400 API_KEY_INVALID) and 403 to auth", async () => {
    server.reply(() => geminiError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT', 'API_KEY_INVALID'));
    const error = await providerError(provider().testConnection({ model: 'gemini-2.0-flash' }));
    expect(error).toMatchObject({ kind: 'auth', message: 'Google Gemini rejected the API key (401). Check the key on the Provider page.' });
    server.reply(() => geminiError(403, 'Permission denied', 'PERMISSION_DENIED'));
    expect(await providerError(provider().generate(request()))).toMatchObject({ kind: 'auth', status: 403 });
  });

  it('maps 429 and 500', async () => {
    server.reply(() => geminiError(429, 'Resource has been exhausted (e.g. check quota).', 'RESOURCE_EXHAUSTED'));
    expect(await providerError(provider().generate(request()))).toMatchObject({ kind: 'rate_limit', status: 429, retryable: true });
    server.reply(() => geminiError(500, 'Internal error encountered.', 'INTERNAL'));
    expect(await providerError(provider().generate(request()))).toMatchObject({ kind: 'server', status: 500, retryable: true });
    expect(server.requests).toHaveLength(2);
  });

  it("maps an unknown model (404) to bad_request with Google's message", async () => {
    server.reply(() => geminiError(404, 'models/gemini-9 is not found for API version v1beta.', 'NOT_FOUND'));
    const error = await providerError(provider().generate(request({ model: 'gemini-9' })));
    expect(error.kind).toBe('bad_request');
    expect(error.message).toBe('Google Gemini refused the request (404): models/gemini-9 is not found for API version v1beta. Check the model name on the Provider page.');
  });

  it('times out when the server never answers', async () => {
    server.reply(() => 'hang');
    const error = await providerError(provider().generate(request()));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true, message: 'Google Gemini did not answer within 1.5 s. Try again; if it keeps happening, pick a faster model.' });
  });

  it('reports a refused connection as a network error', async () => {
    const port = await closedPort();
    const error = await providerError(createProvider({ id: 'gemini', apiKey: workspaceKey, baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 1500 }).generate(request()));
    expect(error).toMatchObject({ kind: 'network', message: `Could not reach Google Gemini at 127.0.0.1:${port}. Check the network or the provider base URL.` });
  });
});

/** A port nothing listens on: bind an ephemeral one, then release it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
