// GET /api/dev/test-trackers/<tracker-key>.js – a local stand-in for a tracker script (tests).
import { NextResponse } from 'next/server';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';
import { testTrackerScript } from '@/lib/consent/test-tracker-script';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const script = devToolsEnabled() ? testTrackerScript((await params).file.replace(/\.js$/, '')) : null;
  if (!script) return new NextResponse('// not found', { status: 404, headers: { 'content-type': 'text/javascript' } });
  return new NextResponse(script, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' } });
}
