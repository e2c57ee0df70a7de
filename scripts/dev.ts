// npm run dev — the whole app on one machine with no setup: embedded Postgres (unless
// DATABASE_URL is set), migrations, demo seed, Next dev server with in-process workers.
import { existsSync } from 'node:fs';
import { applyDevSecrets } from '../lib/devtools/dev-secrets';
import { DEV_DATABASE, DEV_DATA_DIR, DEV_PG_PORT } from '../lib/devtools/dev-database';
import { DataDirInUseError } from '../lib/devtools/embedded-postgres';
import { freePort } from '../lib/devtools/free-port';
import { prepareDatabase } from '../lib/devtools/prepare-database';
import { spawn } from 'node:child_process';
import { appServerCommand, runNext } from '../lib/devtools/run-next';
import { applyMetaSimulatorDefaults } from '../lib/devtools/meta-simulator-defaults';

if (existsSync('.env')) process.loadEnvFile('.env');

async function main() {
  await applyDevSecrets();
  const database = await prepareDatabase({ dataDir: DEV_DATA_DIR, preferredPort: DEV_PG_PORT, database: DEV_DATABASE });
  process.env.DATABASE_URL = database.url;
  if (database.applied.length) console.log(`▸ Applied migrations: ${database.applied.join(', ')}`);

  // Imported after DATABASE_URL is known: lib/db reads it on first use.
  const { seedDemo } = await import('../lib/devtools/seed-demo');
  const { disconnectDb } = await import('../lib/db');
  const demo = await seedDemo();
  await disconnectDb();

  const port = await freePort(Number(process.env.PORT ?? 3000));
  const url = `http://localhost:${port}`;
  process.env.APP_URL ??= url;
  // Out of the box the app talks to the built-in Meta simulator, signed with the fixtures'
  // test secret, so `npm run meta:send -- <fixture>` and /dev/meta work with no Meta app.
  applyMetaSimulatorDefaults(process.env.APP_URL);
  // Locally the demo owner is also platform staff, so the platform webhook log can be tried.
  process.env.PLATFORM_ADMIN_EMAILS ||= demo.email;
  console.log(
    [
      '',
      `  Relaydesk is starting at ${url}`,
      `  Database: ${database.embedded ? `embedded PostgreSQL (${DEV_DATA_DIR})` : 'DATABASE_URL'}`,
      `  Demo login${demo.created ? ' (just created)' : ''}: ${demo.email} / ${demo.password}`,
      `  Meta simulator (play the customer): ${process.env.APP_URL}/dev/meta`,
      `  Dev mailbox: ${process.env.APP_URL}/dev/mailbox · Platform webhook log: ${process.env.APP_URL}/platform/webhooks`,
      `  Stripe stand-in (billing without a Stripe account): ${process.env.APP_URL}/dev/stripe · Platform billing events: ${process.env.APP_URL}/platform/billing`,
      '',
    ].join('\n'),
  );
  runNext(appServerCommand('dev', port), { ...process.env, RUN_WORKERS_IN_PROCESS: 'true' }, database.stop);
  // A newcomer's first login should show the product working, not an empty inbox: on the run
  // that created the demo workspace, play the demo customers once the server answers.
  if (demo.created) void seedDemoConversations(url);
}

async function seedDemoConversations(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ready) {
      console.log('▸ First run: filling the demo inbox (npm run demo:conversations)…');
      spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-conversations.ts', '--url', url], { stdio: 'inherit', env: process.env });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log('▸ The demo inbox is empty: run `npm run demo:conversations` once the app is up.');
}

main().catch((error: Error) => {
  console.error(error instanceof DataDirInUseError ? `\n${error.message}\n` : `\nnpm run dev could not start:\n${error.message}\n`);
  process.exit(1);
});
