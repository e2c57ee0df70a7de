// GET /api/health – database and queue status for load balancers and uptime checks.
import { NextResponse } from 'next/server';
import { checkHealth } from '@/lib/health/check-health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(
    { status: health.ok ? 'ok' : 'unavailable', database: health.database, queue: health.queue },
    { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
