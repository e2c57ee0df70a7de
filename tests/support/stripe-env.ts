/** The Stripe settings production requires (lib/billing/stripe-env.ts), for tests that parse a production env. */
export const productionStripe = {
  STRIPE_SECRET_KEY: 'sk_live_relaydesk_test_only_0000',
  STRIPE_WEBHOOK_SECRET: 'whsec_relaydesk_test_only_0000',
  STRIPE_PRICE_STARTER_MONTHLY: 'price_starter_monthly',
  STRIPE_PRICE_STARTER_YEARLY: 'price_starter_yearly',
  STRIPE_PRICE_GROWTH_MONTHLY: 'price_growth_monthly',
  STRIPE_PRICE_GROWTH_YEARLY: 'price_growth_yearly',
  STRIPE_PRICE_SCALE_MONTHLY: 'price_scale_monthly',
  STRIPE_PRICE_SCALE_YEARLY: 'price_scale_yearly',
};
