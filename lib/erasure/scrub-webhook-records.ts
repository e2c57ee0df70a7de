// Raw webhook data that mentions a subject. Decision (docs/architecture.md, "Privacy"): the
// per-unit payload (WebhookEvent.payload) is the erasable copy — units that mention the subject
// are blanked to {"erased":true} — and the raw body of every delivery holding such a unit, or
// of a malformed delivery mentioning it, is emptied (zero bytes). Raw bodies are kept only
// WEBHOOK_RAW_RETENTION_DAYS anyway (retention sweep), which bounds how much this scans.
// Intake writes nothing extra for this: matching is by the identifiers inside the payload.
import { db } from '../db';

/**
 * `needles` are the subject's identifiers as they appear in Meta payloads (IGSID/PSID/wa_id,
 * username). `channelIds` limits routed units to those channels; unroutable units (no channel
 * yet) and malformed deliveries are searched too, since they carry no workspace.
 */
export async function scrubWebhookRecords(options: { needles: string[]; channelIds: string[] }): Promise<number> {
  const needles = [...new Set(options.needles.filter((n) => n && n.length >= 3))];
  if (needles.length === 0) return 0;
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  // Raw bodies are bytes (bytea: they may hold NUL or invalid UTF-8), searched byte-wise for the
  // identifier as written and lower-cased (handles are case-insensitive at Meta).
  const bodyNeedles = [...new Set(needles.flatMap((n) => [n, n.toLowerCase()]))];
  // One statement per step; the patterns are bound parameters, never SQL.
  const units = await db.$queryRaw<{ id: string; deliveryId: string }[]>`
    select id, "deliveryId" from "WebhookEvent"
     where ("channelId" = any(${options.channelIds}::uuid[]) or "channelId" is null)
       and payload::text ilike any(${patterns}::text[])`;
  const unitIds = units.map((u) => u.id);
  if (unitIds.length > 0) {
    await db.$executeRaw`update "WebhookEvent" set payload = '{"erased":true}'::jsonb, "lastError" = null where id = any(${unitIds}::uuid[])`;
  }
  const deliveryIds = [...new Set(units.map((u) => u.deliveryId))];
  await db.$executeRaw`
    update "WebhookDelivery" set "rawBody" = ''::bytea
     where "rawBody" <> ''::bytea
       and (id = any(${deliveryIds}::uuid[])
            or (not exists (select 1 from "WebhookEvent" e where e."deliveryId" = "WebhookDelivery".id)
                and exists (select 1 from unnest(${bodyNeedles}::text[]) n where position(convert_to(n, 'UTF8') in "rawBody") > 0)))`;
  return unitIds.length;
}
