// Embeds the consent script's config (inert JSON) and the script itself, inline with the
// request's CSP nonce: no extra request, and nothing to cache-bust when it changes.
import { CONSENT_CLIENT_JS } from './browser/consent-client.generated';
import { CONSENT_CONFIG_ID, type ConsentClientConfig } from './consent-client-config';

/** JSON that cannot end the script element early or break as JavaScript. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function ConsentScript({ config }: { config: ConsentClientConfig }) {
  return (
    <>
      <script id={CONSENT_CONFIG_ID} type="application/json" dangerouslySetInnerHTML={{ __html: jsonForScript(config) }} />
      <script nonce={config.nonce} dangerouslySetInnerHTML={{ __html: CONSENT_CLIENT_JS }} />
    </>
  );
}
