// The baseline the webhook route is compared with: a bare Node `http` server doing the same
// essential work — read the body with a size cap, check X-Hub-Signature-256 (HMAC-SHA256 over the
// raw bytes, constant time), one `pg` INSERT of the raw body, 200 after the commit. No framework,
// no routing, no parsing, no events, no jobs.
//
//   BARE_PORT, BARE_DATABASE_URL, BARE_SECRET, BARE_POOL_SIZE (env; started by run.ts)
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const MAX_BYTES = 5 * 1024 * 1024;
const secret = process.env.BARE_SECRET!;
// The same idle policy as the app's pool (DATABASE_POOL_IDLE_SECONDS, lib/db.ts), so the
// comparison is about the code path, not about one side re-opening connections after a lull.
const pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: Number(process.env.BARE_POOL_SIZE ?? 10), idleTimeoutMillis: Number(process.env.BARE_POOL_IDLE_MS ?? 300_000) });
pool.on('error', () => {});

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BYTES) {
      res.writeHead(413).end();
      req.destroy();
    } else chunks.push(chunk);
  });
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const header = req.headers['x-hub-signature-256'];
    const match = typeof header === 'string' ? /^sha256=([0-9a-fA-F]{64})$/.exec(header) : null;
    const expected = createHmac('sha256', secret).update(body).digest();
    if (!match || !timingSafeEqual(Buffer.from(match[1]!, 'hex'), expected)) {
      res.writeHead(401).end();
      return;
    }
    pool.query('insert into bench_bare_delivery (body) values ($1)', [body]).then(
      () => res.writeHead(200, { 'content-type': 'text/plain' }).end('EVENT_RECEIVED'),
      () => res.writeHead(500).end(),
    );
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.BARE_PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
