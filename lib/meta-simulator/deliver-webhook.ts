// Posts a signed webhook to the app, the way Meta would: exact bytes, HMAC-SHA256 with the
// app secret in X-Hub-Signature-256 (meta-platform.md §a).
import { env } from '../env';
import { logger } from '../logger';
import { signWebhookBody } from './sign-webhook-body';
import { simulatorAppSecret } from './simulator-app-secret';

export {
  buildInstagramComment, buildInstagramDm, buildMessengerMessage, buildMessengerText, buildWhatsAppImage, buildWhatsAppStatus, buildWhatsAppText, buildWhatsAppVoice,
} from './build-webhook-payloads';

export type WebhookResult = { status: number; body: string };

export async function deliverWebhook(payload: unknown, options: { appUrl?: string; secret?: string; rawBody?: string | Uint8Array } = {}): Promise<WebhookResult> {
  const body = options.rawBody ?? JSON.stringify(payload);
  const url = `${(options.appUrl ?? env().APP_URL).replace(/\/$/, '')}/api/webhooks/meta`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWebhookBody(body, options.secret ?? simulatorAppSecret()) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    logger.info({ status: response.status, bytes: body.length }, 'simulator delivered a webhook');
    return { status: response.status, body: text.slice(0, 2000) };
  } catch (error) {
    logger.warn({ err: error }, 'simulator could not deliver a webhook');
    return { status: 0, body: `Could not reach ${url}: ${(error as Error).message}` };
  }
}

/** Fire-and-forget for status callbacks after a send: Meta delivers these asynchronously too. */
export function deliverWebhooksLater(payloads: unknown[], delayMs = 300): void {
  const timer = setTimeout(() => {
    void (async () => {
      for (const payload of payloads) await deliverWebhook(payload);
    })().catch((error: unknown) => logger.warn({ err: error }, 'simulator status webhooks failed'));
  }, delayMs);
  timer.unref?.();
}
