// GET|POST /api/channels/whatsapp/callback – WhatsApp Embedded Signup finishes here with code,
// waba_id and phone_number_id: GET from the redirect fallback (simulator), POST from the JS SDK
// popup on our Channels page.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { connectErrorQuery } from '@/lib/channels/connect-errors';
import { connectWhatsApp } from '@/lib/meta/oauth/connect-whatsapp';
import { channelsPageUrl, handleConnectCallback } from '@/lib/meta/oauth/handle-connect-callback';
import { isSameOrigin } from '@/lib/security/same-origin';

export const dynamic = 'force-dynamic';

const idsSchema = z.object({ waba_id: z.string().regex(/^\d{1,32}$/), phone_number_id: z.string().regex(/^\d{1,32}$/) });

function finish(params: URLSearchParams) {
  return handleConnectCallback('whatsapp', params, async (ctx, meta) => {
    const ids = idsSchema.safeParse(Object.fromEntries(params));
    if (!ids.success) return NextResponse.redirect(channelsPageUrl(connectErrorQuery({ code: 'whatsapp_ids_missing' })));
    return connectWhatsApp({ ctx, code: params.get('code')!, wabaId: ids.data.waba_id, phoneNumberId: ids.data.phone_number_id, meta });
  });
}

export async function GET(request: NextRequest) {
  return finish(request.nextUrl.searchParams);
}

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  const form = await request.formData();
  return finish(new URLSearchParams([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string')));
}
