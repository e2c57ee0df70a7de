// A local HTTP server that plays an LLM vendor's API for tests: it records every request
// (method, path, headers, parsed JSON body) and answers with whatever the test's handler says,
// or never answers ('hang') to exercise timeouts. The real SDKs call it via their base URL.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown };
export type FakeReply = { status: number; json: unknown } | 'hang';
export type FakeHandler = (request: RecordedRequest) => FakeReply;

export async function startFakeLlmServer(initial: FakeHandler) {
  let handler = initial;
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: text ? (JSON.parse(text) as unknown) : null };
      requests.push(recorded);
      const reply = handler(recorded);
      if (reply === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reply(next: FakeHandler) {
      handler = next;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeLlmServer = Awaited<ReturnType<typeof startFakeLlmServer>>;

/** An OpenAI-shaped Chat Completions response (xAI answers the same shape). */
export function chatCompletion(text: string, usage = { prompt_tokens: 42, completion_tokens: 7 }, model = 'gpt-4o-mini-2024-07-18') {
  return {
    status: 200,
    json: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_764_000_000,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    },
  } as const;
}

/** OpenAI's error envelope. */
export function openAiError(status: number, message: string, type: string, code: string | null = null) {
  return { status, json: { error: { message, type, param: null, code } } } as const;
}

/** A Gemini generateContent response. */
export function geminiContent(text: string, usage = { promptTokenCount: 31, candidatesTokenCount: 5 }) {
  return {
    status: 200,
    json: {
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: { ...usage, totalTokenCount: usage.promptTokenCount + usage.candidatesTokenCount },
      modelVersion: 'gemini-2.0-flash',
    },
  } as const;
}

/** Google's error envelope (google.rpc.Status). */
export function geminiError(status: number, message: string, statusName: string, reason?: string) {
  return {
    status,
    json: {
      error: {
        code: status,
        message,
        status: statusName,
        details: reason ? [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }] : undefined,
      },
    },
  } as const;
}
