// npm run meta:send -- <payload.json> [--url http://localhost:3000] [--secret …]
// Posts a file's exact bytes to the app's Meta webhook, signed like Meta signs it
// (X-Hub-Signature-256 with the app secret), and prints the answer. Development tool.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SIMULATOR_APP_SECRET } from '../lib/devtools/meta-simulator-defaults';
import { deliverWebhook } from '../lib/meta-simulator/deliver-webhook';

const usage = 'Usage: npm run meta:send -- <payload.json> [--url http://localhost:3000] [--secret <app secret>]';

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, secret: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || positionals.length !== 1) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  const file = positionals[0]!;
  // The exact bytes, never re-serialised: the signature covers them (meta-platform.md §a).
  const bytes = await readFile(file);
  const appUrl = values.url ?? process.env.APP_URL ?? 'http://localhost:3000';
  const secret = values.secret ?? process.env.META_APP_SECRET ?? SIMULATOR_APP_SECRET;
  const result = await deliverWebhook(undefined, { appUrl, secret, rawBody: bytes });
  console.log(`POST ${appUrl.replace(/\/$/, '')}/api/webhooks/meta (${bytes.length} bytes) → ${result.status || 'unreachable'}`);
  if (result.body) console.log(result.body);
  process.exit(result.status >= 200 && result.status < 300 ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(`meta:send failed: ${error.message}\n${usage}`);
  process.exit(1);
});
