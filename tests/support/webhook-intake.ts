// Builders and checks for the webhook intake tests (poison bodies, atomic intake, fuzzing).
import { db } from '@/lib/db';
import { fixtureIds } from './meta-webhooks';

/** One Instagram `entry` carrying one inbound DM. */
export function igEntry(account: string, mid: string, text: string, sender = '1234567890123456') {
  return {
    id: account,
    time: 1735689600500,
    messaging: [{ sender: { id: sender }, recipient: { id: account }, timestamp: 1735689600000, message: { mid, text } }],
  };
}

/** A whole Instagram DM delivery as Meta would serialise it (JSON.stringify escapes NUL and lone surrogates). */
export function igDm(options: { mid: string; text: string; account?: string; sender?: string }): string {
  return JSON.stringify({ object: 'instagram', entry: [igEntry(options.account ?? fixtureIds.igAccount, options.mid, options.text, options.sender)] });
}

/** The stored raw body as bytes, whatever the column type hands back. */
export function storedBytes(rawBody: string | Uint8Array): Buffer {
  return typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : Buffer.from(rawBody);
}

/** How many pg-boss `process-webhook-event` jobs point at this event. */
export async function jobsForEvent(eventId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`select count(*) as n from pgboss.job where name = 'process-webhook-event' and data->>'eventId' = ${eventId}`;
  return Number(row!.n);
}
