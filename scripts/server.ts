// npm start — the production web server (after `npm run build`): Next.js behind our own Node
// `http` server, which answers the Meta webhook before Next's router (lib/server/create-web-server.ts,
// docs/architecture.md "Processes") and hands every other request to Next — the custom-server
// pattern of Next's docs (next({ dev: false }), prepare(), getRequestHandler()).
//
//   npm start -- [-p|--port <port>] [-H|--hostname <hostname>] [--keepAliveTimeout <ms>]
//   (PORT and HOSTNAME are read when the flags are absent; lib/server/parse-web-server-options.ts)
//
// Next loads .env files and runs instrumentation.ts inside prepare(): the peer-address stamp,
// the client-abort filter, the environment check (exits on a bad setting) and, with
// RUN_WORKERS_IN_PROCESS, the job workers. So lib modules that read the environment are
// imported only after it, and the port opens only once all of that is done.
import { existsSync, readFileSync } from 'node:fs';
import { claimShutdown, runShutdownTasks } from '../lib/server/shutdown-tasks';
import { parseWebServerOptions } from '../lib/server/parse-web-server-options';

const parsed = parseWebServerOptions(process.argv.slice(2), process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { port, hostname, keepAliveTimeoutMs } = parsed.options;

// As `next start` does, before Next (and the React build it picks) is loaded.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'production' });
if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build in .next: run `npm run build` first.');
  process.exit(1);
}

// Signals are ours from here: the in-process workers stop after the requests in flight.
claimShutdown();
const { default: next } = await import('next');
const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();

const { assertEnvOrExit } = await import('../lib/env');
assertEnvOrExit(); // instrumentation.ts did already; a server must not open its port without it
const { logger } = await import('../lib/logger');
// Installed by instrumentation.ts too (both idempotent); here so the webhook path can never run without them.
const { installPeerAddressStamp } = await import('../lib/http/peer-address-stamp');
const { installClientAbortFilter } = await import('../lib/http/quiet-client-aborts');
installPeerAddressStamp();
installClientAbortFilter(logger);
const { createWebServer } = await import('../lib/server/create-web-server');
const { stopWebServer } = await import('../lib/server/stop-web-server');
const { disconnectDb } = await import('../lib/db');

const handle = app.getRequestHandler();
const web = createWebServer({ handleNext: (req, res) => handle(req, res), log: logger, keepAliveTimeoutMs });

web.server.once('error', (error: NodeJS.ErrnoException) => {
  console.error(`Could not listen on ${hostname ?? '*'}:${port}: ${error.message}`);
  process.exit(1);
});
web.server.listen(port, hostname, () => {
  const address = web.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shown = !hostname || hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname;
  // What `next start` sets once listening: Next forwards some server actions to its own origin.
  Object.assign(process.env, { PORT: String(actualPort), __NEXT_PRIVATE_ORIGIN: `http://${shown}:${actualPort}` });
  const nextVersion = (JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version;
  console.log(`Relaydesk web server ready on http://${shown}:${actualPort} (Next.js ${nextVersion}, production; Meta webhook answered before Next's router)`);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: web.inFlight.size }, 'stopping web server: finishing requests in flight');
    void (async () => {
      const { forced } = await stopWebServer(web);
      if (forced) logger.warn('grace period over: remaining connections were closed');
      await app.close().catch((error: unknown) => logger.error({ err: error }, 'Next did not close cleanly'));
      const failed = await runShutdownTasks();
      for (const { name, error } of failed) logger.error({ err: error }, `${name} did not stop cleanly`);
      await disconnectDb().catch((error: unknown) => logger.error({ err: error }, 'database pool did not close cleanly'));
      logger.info('web server stopped');
      process.exit(failed.length ? 1 : 0);
    })();
  });
}
