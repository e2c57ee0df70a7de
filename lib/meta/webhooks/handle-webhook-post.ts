import type { IncomingMessage } from 'node:http';
import { env } from '../../env';
import { isAppError } from '../../errors';
import { logger } from '../../logger';
import { readBodyLimited, readNodeBodyLimited } from './read-body-limited';
import { receiveDelivery } from './receive-delivery';
import { verifyWebhookSignature } from './verify-webhook-signature';

export type WebhookAnswer = { status: number; contentType: string; body: string };

const json = (status: number, body: object): WebhookAnswer => ({ status, contentType: 'application/json', body: JSON.stringify(body) });
const text = (status: number, body: string): WebhookAnswer => ({ status, contentType: 'text/plain; charset=utf-8', body });

/**
 * The whole POST: size limit → signature over the raw bytes → store + enqueue → 200.
 * Unsigned or mis-signed bodies are refused with 401 before anything is stored.
 */
export async function answerWebhookPost(read: () => Promise<Uint8Array>, signature: string | null): Promise<WebhookAnswer> {
  const { META_APP_SECRET } = env();
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (error) {
    if (isAppError(error) && error.code === 'payload_too_large') return json(413, { error: 'payload_too_large', message: error.message });
    return json(400, { error: 'bad_request', message: 'Could not read the request body' });
  }
  if (!verifyWebhookSignature(bytes, signature, META_APP_SECRET)) {
    logger.warn({ bytes: bytes.byteLength, hasHeader: signature !== null }, 'webhook signature missing or invalid');
    return json(401, { error: 'unauthorized', message: 'Missing or invalid X-Hub-Signature-256' });
  }
  // 200 only once the delivery, its events and their jobs have committed (one statement).
  try {
    await receiveDelivery({ body: bytes });
  } catch (error) {
    // Nothing was stored (the statement rolled back as a whole); Meta retries a non-200.
    logger.error({ err: error, bytes: bytes.byteLength }, 'webhook delivery could not be stored');
    return json(500, { error: 'internal', message: 'The delivery could not be stored; please retry' });
  }
  return text(200, 'EVENT_RECEIVED');
}

/** GET handshake: bare hub.challenge when the verify token matches (meta-platform.md §a). */
export function answerWebhookVerification(params: URLSearchParams): WebhookAnswer {
  const { META_WEBHOOK_VERIFY_TOKEN } = env();
  const mode = params.get('hub.mode');
  const token = params.get('hub.verify_token');
  const challenge = params.get('hub.challenge');
  if (mode !== 'subscribe' || !META_WEBHOOK_VERIFY_TOKEN || token !== META_WEBHOOK_VERIFY_TOKEN || challenge === null) return text(403, 'Forbidden');
  return text(200, challenge);
}

const toResponse = (answer: WebhookAnswer) => new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.contentType } });

/** Web Request → Response (App Router route handler, tests). */
export async function handleWebhookPost(request: Request): Promise<Response> {
  return toResponse(await answerWebhookPost(() => readBodyLimited(request, env().META_WEBHOOK_MAX_BYTES), request.headers.get('x-hub-signature-256')));
}

export function handleWebhookVerification(url: URL): Response {
  return toResponse(answerWebhookVerification(url.searchParams));
}

/** Node request → answer (Pages API route: no web Request/stream adaptation on the hot path). */
export async function answerNodeWebhookPost(request: IncomingMessage): Promise<WebhookAnswer> {
  const header = request.headers['x-hub-signature-256'];
  return answerWebhookPost(() => readNodeBodyLimited(request, env().META_WEBHOOK_MAX_BYTES), typeof header === 'string' ? header : null);
}
