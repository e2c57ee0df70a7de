/** The fixtures' published test secret (../shared/fixtures/meta/README.md); never for production. */
export const SIMULATOR_APP_SECRET = 'test_app_secret_0123456789abcdef';
export const SIMULATOR_VERIFY_TOKEN = 'relaydesk-dev-verify-token';

/** Points every unset Meta setting at the built-in simulator served by the app at `appUrl`. */
export function applyMetaSimulatorDefaults(appUrl: string): void {
  const sim = `${appUrl}/api/dev/meta`;
  process.env.META_APP_SECRET ||= SIMULATOR_APP_SECRET;
  process.env.META_WEBHOOK_VERIFY_TOKEN ||= SIMULATOR_VERIFY_TOKEN;
  process.env.META_GRAPH_BASE_URL ||= `${sim}/graph`;
  process.env.META_INSTAGRAM_GRAPH_BASE_URL ||= `${sim}/instagram-graph`;
  process.env.META_INSTAGRAM_API_BASE_URL ||= `${sim}/instagram-api`;
  process.env.META_FACEBOOK_DIALOG_URL ||= `${appUrl}/dev/meta/oauth/facebook`;
  process.env.META_INSTAGRAM_DIALOG_URL ||= `${appUrl}/dev/meta/oauth/instagram`;
  // Conversions API events land in the simulator too (captured on /dev/meta).
  process.env.META_CAPI_BASE_URL ||= `${sim}/graph`;
  // The simulator serves webhook media ("CDN" and WhatsApp media URLs) from the app itself, on
  // localhost over http: exempt exactly its routes from the SSRF guard (lib/http/safe-fetch.ts).
  process.env.SAFE_FETCH_ALLOWLIST ||= `${sim}/`;
}
