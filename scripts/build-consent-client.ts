// npm run consent:build — regenerates the inlined consent script after editing
// components/consent/browser/*. `--check` exits 1 when the committed bundle is stale.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CONSENT_CLIENT_OUTPUT, bundleConsentClient, committedConsentClient } from '../lib/devtools/bundle-consent-client';

const source = await bundleConsentClient();
if (process.argv.includes('--check')) {
  const fresh = committedConsentClient() === source;
  console.log(fresh ? `${CONSENT_CLIENT_OUTPUT} is up to date.` : `${CONSENT_CLIENT_OUTPUT} is stale: run npm run consent:build.`);
  process.exit(fresh ? 0 : 1);
}
writeFileSync(CONSENT_CLIENT_OUTPUT, source);
console.log(`Wrote ${CONSENT_CLIENT_OUTPUT}: ${(source.length / 1024).toFixed(1)} KB, ${(gzipSync(source).length / 1024).toFixed(1)} KB gzip.`);
