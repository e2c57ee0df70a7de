// npm run calcom:send -- [created|rescheduled|cancelled] [--uid bk_…] [--from <old uid>] [--url http://localhost:3000] [--secret …]
// Posts a sample Cal.com booking webhook signed like Cal.com signs it (X-Cal-Signature-256 =
// hex HMAC-SHA256 of the body with CALCOM_WEBHOOK_SECRET) and prints the answer. Development tool.
import { createHmac, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

const usage = 'Usage: npm run calcom:send -- [created|rescheduled|cancelled] [--uid <booking uid>] [--from <rescheduled-from uid>] [--url http://localhost:3000] [--secret <webhook secret>]';
const TRIGGERS = { created: 'BOOKING_CREATED', rescheduled: 'BOOKING_RESCHEDULED', cancelled: 'BOOKING_CANCELLED' } as const;

async function main() {
  // Same .env as `npm run dev`; variables already set in the shell win.
  try {
    process.loadEnvFile('.env');
  } catch {
    // no .env: rely on the shell or --secret
  }
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { uid: { type: 'string' }, from: { type: 'string' }, url: { type: 'string' }, secret: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const kind = (positionals[0] ?? 'created') as keyof typeof TRIGGERS;
  if (values.help || !(kind in TRIGGERS)) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  const secret = values.secret ?? process.env.CALCOM_WEBHOOK_SECRET;
  if (!secret) throw new Error('set CALCOM_WEBHOOK_SECRET (in .env or the shell, like the app) or pass --secret');
  const appUrl = (values.url ?? process.env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  const uid = values.uid ?? `bk_${randomUUID().slice(0, 8)}`;
  const body = JSON.stringify({
    triggerEvent: TRIGGERS[kind],
    createdAt: new Date().toISOString(),
    payload: {
      uid,
      ...(values.from ? { rescheduleUid: values.from } : {}),
      startTime: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      attendees: [{ email: 'jane.doe@example.com', name: 'Jane Doe', timeZone: 'Europe/London' }],
      responses: { attendeePhoneNumber: { label: 'Phone', value: '+44 7700 900123' } },
      metadata: { userAgent: 'Mozilla/5.0 (calcom:send)', sourceUrl: `${appUrl}/` },
    },
  });
  const signature = createHmac('sha256', secret).update(body).digest('hex');
  const response = await fetch(`${appUrl}/api/webhooks/calcom`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cal-signature-256': signature }, body });
  console.log(`POST ${appUrl}/api/webhooks/calcom ${TRIGGERS[kind]} uid=${uid} → ${response.status}`);
  console.log(await response.text());
  process.exit(response.ok ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(`calcom:send failed: ${error.message}\n${usage}`);
  process.exit(1);
});
