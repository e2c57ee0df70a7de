// The server Playwright tests run against: the production build served by the production entry
// (`npm start`, scripts/server.ts) on a fresh embedded database, with ephemeral secrets and
// in-process workers.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateSecrets } from '../lib/devtools/dev-secrets';
import { prepareDatabase } from '../lib/devtools/prepare-database';
import { appServerCommand, runNext } from '../lib/devtools/run-next';
import { applyMetaSimulatorDefaults } from '../lib/devtools/meta-simulator-defaults';

const port = Number(process.env.E2E_PORT ?? 3100);
const database = await prepareDatabase({ dataDir: '.data/e2e-postgres', preferredPort: 54339, database: 'relaydesk_e2e', fresh: true });
process.env.DATABASE_URL = database.url;
// Generated before seeding: the demo seed encrypts its channel tokens with the same keys the server reads.
const secrets = generateSecrets();
for (const [name, value] of Object.entries(secrets)) process.env[name] ||= value;
const { seedDemo } = await import('../lib/devtools/seed-demo');
const { disconnectDb } = await import('../lib/db');
await seedDemo();
await disconnectDb();

applyMetaSimulatorDefaults(`http://localhost:${port}`);

// A stand-in for OpenAI's Chat Completions API (tests/e2e/agent-provider.spec.ts): it rejects
// every key like OpenAI does, so "Test connection" can show the rejection without the network.
const fakeOpenAi = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }));
  });
});
await new Promise<void>((resolve) => fakeOpenAi.listen(0, '127.0.0.1', resolve));
fakeOpenAi.unref();
const fakeOpenAiUrl = `http://127.0.0.1:${(fakeOpenAi.address() as AddressInfo).port}/v1`;

const e2eCompany = {
  COMPANY_LEGAL_NAME: process.env.COMPANY_LEGAL_NAME || 'Relaydesk Test GmbH',
  COMPANY_ADDRESS: process.env.COMPANY_ADDRESS || 'Teststraße 1, 10115 Berlin, Germany',
  COMPANY_REGISTRATION_NUMBER: process.env.COMPANY_REGISTRATION_NUMBER || 'HRB 000000 B',
  COMPANY_CONTACT_EMAIL: process.env.COMPANY_CONTACT_EMAIL || 'hello@relaydesk.test',
  COMPANY_PRIVACY_EMAIL: process.env.COMPANY_PRIVACY_EMAIL || 'privacy@relaydesk.test',
  COMPANY_HOSTING_PROVIDER: process.env.COMPANY_HOSTING_PROVIDER || 'Test Hosting GmbH',
  COMPANY_HOSTING_REGION: process.env.COMPANY_HOSTING_REGION || 'Germany (EU)',
  COMPANY_GOVERNING_LAW: process.env.COMPANY_GOVERNING_LAW || 'the laws of Germany',
};

runNext(
  appServerCommand('production', port),
  {
    ...process.env,
    NODE_ENV: 'production',
    APP_URL: `http://localhost:${port}`,
    RUN_WORKERS_IN_PROCESS: 'true',
    // No RESEND_API_KEY: emails land in the dev mailbox, which tests read to follow links.
    DEV_TOOLS_IN_PRODUCTION: 'true',
    // Every spec signs up from 127.0.0.1; the limit itself is proven in tests/integration/sign-up.test.ts.
    SIGN_UP_LIMIT_PER_IP_PER_HOUR: '500',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Every tracker on, loading a local test double (tests/e2e/consent.spec.ts).
    GA4_MEASUREMENT_ID: 'G-E2ETEST01',
    CLARITY_PROJECT_ID: 'e2eclarity',
    META_PIXEL_ID: '1234567890',
    LINKJOLT_ID: 'e2e-linkjolt',
    TRACKER_SCRIPT_BASE_URL: `http://localhost:${port}/api/dev/test-trackers`,
    // No platform LLM keys: the agent runs offline unless a spec saves a workspace key.
    OPENAI_API_KEY: '',
    GEMINI_API_KEY: '',
    XAI_API_KEY: '',
    OPENAI_BASE_URL: fakeOpenAiUrl,
    // Production requires the company fields the legal pages print; the e2e server uses test values.
    ...e2eCompany,
  },
  database.stop,
  // What the server logged, for specs that check it (tests/e2e/aborted-requests.spec.ts).
  { logFile: process.env.E2E_SERVER_LOG ?? 'test-results/e2e-server.log' },
);
