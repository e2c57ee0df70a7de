// GET|POST|DELETE /api/dev/stripe/v1/… (reached as /v1/… through next.config.ts) – the Stripe
// API stand-in the SDK talks to when no Stripe key is set; POST /api/dev/stripe/hosted/checkout/{id}
// – "Subscribe" on its hosted checkout page. 404 unless dev tools are enabled and billing runs on
// the stand-in, so production never exposes it.
import { NextResponse } from 'next/server';
import { standInActive } from '@/lib/stripe-standin/standin-active';
import { handleStandInRequest } from '@/lib/stripe-standin/handle-standin-request';
import { payHostedCheckout } from '@/lib/stripe-standin/pay-hosted-checkout';

export const dynamic = 'force-dynamic';

async function handle(request: Request, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const [version, ...segments] = (await params).path ?? [];
  const notFound = () => NextResponse.json({ error: 'not_found' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  if (!standInActive()) return notFound();
  if (version === 'hosted' && segments[0] === 'checkout' && segments.length === 2 && request.method === 'POST') return payHostedCheckout(request, segments[1]!);
  if (version !== 'v1') return notFound();
  return handleStandInRequest(request, segments);
}

export const GET = handle;
export const POST = handle;
export const DELETE = handle;
