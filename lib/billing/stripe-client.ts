// The one Stripe SDK instance. Against the stand-in it is the same SDK with another
// host/port/protocol, so every request, error and retry path is Stripe's own code.
import Stripe from 'stripe';
import { billingConfig } from './billing-config';

export type { Stripe };

const globalForStripe = globalThis as unknown as { relaydeskStripe?: { key: string; client: Stripe } };

export function stripeClient(): Stripe {
  const config = billingConfig();
  const key = `${config.secretKey}@${config.api?.origin ?? 'stripe'}`;
  if (globalForStripe.relaydeskStripe?.key !== key) {
    const client = new Stripe(config.secretKey, {
      ...(config.api ? { host: config.api.host, port: config.api.port, protocol: config.api.protocol } : {}),
      // Two quick retries for network blips and 5xx/409s; the SDK adds an idempotency key to
      // every POST so a retried create never makes a second object. Anything longer belongs in
      // a job (webhook processing retries through pg-boss).
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      appInfo: { name: 'Relaydesk' },
    });
    globalForStripe.relaydeskStripe = { key, client };
  }
  return globalForStripe.relaydeskStripe.client;
}
