// POST /api/webhooks/calcom – signed Cal.com booking webhooks: verify X-Cal-Signature-256, then
// queue (created), follow (rescheduled) or stop (cancelled) the booking's Conversions API event.
import { handleCalcomWebhook } from '@/lib/calcom/handle-calcom-webhook';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleCalcomWebhook(request);
}
