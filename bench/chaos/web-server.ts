// A web process for the chaos run: the production server's request handling (createWebServer,
// which answers the Meta webhook before Next: raw bytes, signature, one SQL statement, 200 only
// after commit) with Next itself left out — every other path is a 404 — so a restart after
// kill -9 takes a second, not a Next boot.
//   CHAOS_PORT=… npx tsx bench/chaos/web-server.ts
import { logger } from '../../lib/logger';
import { createWebServer } from '../../lib/server/create-web-server';

const port = Number(process.env.CHAOS_PORT);
const { server } = createWebServer({
  handleNext: async (_req, res) => void res.writeHead(404).end(),
  log: logger,
  keepAliveTimeoutMs: 5_000,
});
server.listen(port, '127.0.0.1', () => console.log(`ready ${port}`));
