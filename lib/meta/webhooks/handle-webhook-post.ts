import { env } from '../../env';
import { isAppError } from '../../errors';
import { logger } from '../../logger';
import { readBodyLimited } from './read-body-limited';
import { receiveDelivery } from './receive-delivery';
import { verifyWebhookSignature } from './verify-webhook-signature';

/**
 * The whole POST: size limit → signature over the raw bytes → store + enqueue → 200.
 * Unsigned or mis-signed bodies are refused with 401 before anything is stored.
 */
export async function handleWebhookPost(request: Request): Promise<Response> {
  const { META_WEBHOOK_MAX_BYTES, META_APP_SECRET } = env();
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request, META_WEBHOOK_MAX_BYTES);
  } catch (error) {
    if (isAppError(error) && error.code === 'payload_too_large') return Response.json({ error: 'payload_too_large', message: error.message }, { status: 413 });
    return Response.json({ error: 'bad_request', message: 'Could not read the request body' }, { status: 400 });
  }
  if (!verifyWebhookSignature(bytes, request.headers.get('x-hub-signature-256'), META_APP_SECRET)) {
    logger.warn({ bytes: bytes.byteLength, hasHeader: request.headers.has('x-hub-signature-256') }, 'webhook signature missing or invalid');
    return Response.json({ error: 'unauthorized', message: 'Missing or invalid X-Hub-Signature-256' }, { status: 401 });
  }
  // 200 only once the delivery, its events and their jobs have committed (one statement).
  try {
    await receiveDelivery({ body: bytes });
  } catch (error) {
    // Nothing was stored (the statement rolled back as a whole); Meta retries a non-200.
    logger.error({ err: error, bytes: bytes.byteLength }, 'webhook delivery could not be stored');
    return Response.json({ error: 'internal', message: 'The delivery could not be stored; please retry' }, { status: 500 });
  }
  return new Response('EVENT_RECEIVED', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** GET handshake: bare hub.challenge when the verify token matches (meta-platform.md §a). */
export function handleWebhookVerification(url: URL): Response {
  const { META_WEBHOOK_VERIFY_TOKEN } = env();
  const mode = url.searchParams.get('hub.mode');
  const token = url.searchParams.get('hub.verify_token');
  const challenge = url.searchParams.get('hub.challenge');
  if (mode !== 'subscribe' || !META_WEBHOOK_VERIFY_TOKEN || token !== META_WEBHOOK_VERIFY_TOKEN || challenge === null) {
    return new Response('Forbidden', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
