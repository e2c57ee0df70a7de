// GET|POST|DELETE /api/dev/stripe/v1/… (reached as /v1/… through next.config.ts) – the Stripe
// API stand-in the SDK talks to when no Stripe key is set. 404 unless dev tools are enabled and
// billing runs on the stand-in, so production never exposes it.
import { NextResponse } from 'next/server';
import { standInActive } from '@/lib/stripe-standin/standin-active';
import { handleStandInRequest } from '@/lib/stripe-standin/handle-standin-request';

export const dynamic = 'force-dynamic';

async function handle(request: Request, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const [version, ...segments] = (await params).path ?? [];
  if (!standInActive() || version !== 'v1') return NextResponse.json({ error: 'not_found' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  return handleStandInRequest(request, segments);
}

export const GET = handle;
export const POST = handle;
export const DELETE = handle;
