// GET|POST|DELETE /api/dev/meta/{graph,instagram-graph,instagram-api}/… – the Meta Graph API
// simulator; /media/<id> and /cdn/<id> serve its media; /console is the /dev/meta poll.
// Every path answers 404 unless dev tools are enabled, so production never exposes it.
import { NextResponse } from 'next/server';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';
import { dispatchSimulatorRequest } from '@/lib/meta-simulator/dispatch-simulator-request';
import { getConsoleFeed } from '@/lib/meta-simulator/get-console-feed';
import { serveSimulatorMedia } from '@/lib/meta-simulator/serve-simulator-media';

export const dynamic = 'force-dynamic';

const SIMULATED_HOSTS = ['graph', 'instagram-graph', 'instagram-api'];
const notFound = () => NextResponse.json({ error: 'not_found' }, { status: 404, headers: { 'cache-control': 'no-store' } });

function segmentsOf(request: Request): string[] {
  const rest = new URL(request.url).pathname.replace(/^\/api\/dev\/meta\/?/, '');
  return rest.split('/').filter(Boolean).map(decodeURIComponent);
}

async function handle(request: Request): Promise<Response> {
  if (!devToolsEnabled()) return notFound();
  const [first = '', ...rest] = segmentsOf(request);
  if (first === 'media' || first === 'cdn') {
    if (request.method !== 'GET' || rest.length !== 1) return notFound();
    return serveSimulatorMedia(request, { id: rest[0]!, requireToken: first === 'media' });
  }
  if (first === 'console') {
    if (request.method !== 'GET') return notFound();
    return NextResponse.json(await getConsoleFeed(), { headers: { 'cache-control': 'no-store' } });
  }
  if (!SIMULATED_HOSTS.includes(first)) return notFound();
  return dispatchSimulatorRequest(request, first, rest);
}

export const GET = handle;
export const POST = handle;
export const DELETE = handle;
