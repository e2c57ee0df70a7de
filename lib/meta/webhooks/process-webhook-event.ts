// Works one WebhookEvent: normalise with the channel's provider, store, queue follow-up jobs.
// Idempotent: a processed event is skipped, and storing relies on unique keys, so a job that
// pg-boss re-delivers after a worker crash does no harm.
import { agentReplyJobs } from '../../agent/runtime/agent-reply-jobs';
import { queueInboundAutomationEvents } from '../../automations/queue-inbound-automation-events';
import { channelProviders, channelTypeForObject } from '../../channels/providers/channel-providers';
import type { NormalisedEvent } from '../../channels/channel-provider';
import type { ChannelType } from '../../generated/prisma/enums';
import { db } from '../../db';
import { enqueueMediaDownloads } from '../../inbox/enqueue-media-downloads';
import { storeNormalisedEvent } from '../../inbox/store-normalised-event';
import { enqueueDeletionProofChecks } from '../../privacy/enqueue-deletion-proof-checks';
import type { JobRequest } from '../../jobs/enqueue';
import { markEventProcessed } from './mark-event-processed';
import type { Logger } from '../../logger';
import { unsafeFindChannelByRoutingKey } from './unsafe-find-channel-by-routing-key';

export type ProcessOutcome = 'processed' | 'skipped' | 'dead' | 'unroutable';

export async function processWebhookEvent(options: { eventId: string; attempt: number; maxAttempts: number; log: Logger }): Promise<ProcessOutcome> {
  const { eventId, attempt, maxAttempts } = options;
  // Unscoped: the id comes from our own job payload; the row carries its workspace.
  const event = await claimEvent(eventId);
  if (!event) {
    const found = await db.webhookEvent.findUnique({ where: { id: eventId }, select: { status: true } });
    options.log.info({ eventId, status: found?.status ?? 'missing' }, 'webhook event skipped');
    return 'skipped';
  }
  // The intake routes from a per-process cache (find-channel-routes.ts); this is the check that
  // counts: never store into a channel disconnected (or moved) since the webhook arrived.
  const channel = await currentChannel(event);
  if (!channel) {
    await db.webhookEvent.update({ where: { id: eventId }, data: { status: 'unroutable', channelId: null, workspaceId: null, lastError: `No connected channel for ${event.routingKey ?? '(no routing key)'} any more` } });
    options.log.info({ eventId }, 'webhook event unroutable: channel disconnected since it arrived');
    return 'unroutable';
  }
  event.channelId = channel.id;
  event.workspaceId = channel.workspaceId;
  const log = options.log.child({ eventId, workspaceId: event.workspaceId, channelId: event.channelId });

  let normalised: NormalisedEvent;
  try {
    normalised = channelProviders[channel.type].normalise(event.payload, channel);
  } catch (error) {
    // A payload that does not parse will not parse next time either: dead now, payload kept.
    return markDead(eventId, `Could not normalise: ${errorText(error)}`, log);
  }

  try {
    const stored = await storeNormalisedEvent({ workspaceId: event.workspaceId, channelId: event.channelId, event: normalised });
    await enqueueMediaDownloads(stored.mediaIds);
    // Written with the "processed" mark below: new contacts' profiles, and the AI agent's answer
    // to each inbound customer message (the job decides whether and how).
    const followUps: JobRequest[] = [];
    if (channel.type !== 'whatsapp') {
      for (const contactId of stored.contactIdsWithoutProfile) followUps.push({ name: 'fetch-contact-profile', payload: { contactId }, options: { singletonKey: contactId } });
    }
    followUps.push(...agentReplyJobs({ workspaceId: event.workspaceId, messageIds: stored.insertedCustomerMessageIds }));
    // Automation rules run in their own jobs; all customer messages of the unit are re-offered on
    // a retry, and the per-rule run key keeps that from running anything twice.
    await queueInboundAutomationEvents({ workspaceId: event.workspaceId, createdConversationIds: stored.createdConversationIds, messageIds: stored.messageIds });
    // A data deletion proof code sent by the customer (lib/privacy/check-deletion-proof.ts).
    await enqueueDeletionProofChecks({ workspaceId: event.workspaceId, insertedMessageIds: stored.insertedMessageIds, texts: normalised.messages.map((m) => m.text) });
    await markEventProcessed(eventId, followUps);
    log.info({ messages: stored.insertedMessageIds.length, statuses: normalised.statuses.length, skipped: normalised.skipped.length }, 'webhook event processed');
    return 'processed';
  } catch (error) {
    // pg-boss retries with backoff; after the last attempt the event is dead (replayable).
    const last = attempt >= maxAttempts;
    await db.webhookEvent.update({ where: { id: eventId }, data: { status: last ? 'dead' : 'failed', lastError: errorText(error) } });
    log.warn({ err: error, attempt, maxAttempts }, last ? 'webhook event dead' : 'webhook event failed; will retry');
    throw error;
  }
}

type ChannelRow = { id: string; workspaceId: string; type: ChannelType; externalId: string; status: string };
type ClaimedEvent = { id: string; channelId: string; workspaceId: string; payload: unknown; object: string; routingKey: string | null; channel: ChannelRow | null };

/**
 * Marks the event `processing` (one more attempt) and reads it with the channel it was routed
 * to, in one statement; null when there is nothing to do (settled, never routed, no payload).
 */
async function claimEvent(eventId: string): Promise<ClaimedEvent | null> {
  const [row] = await db.$queryRaw<ClaimedEvent[]>`
    update "WebhookEvent" e set status = 'processing', attempts = e.attempts + 1, "updatedAt" = now()
    where e.id = ${eventId}::uuid and e.status not in ('processed', 'ignored', 'unroutable', 'malformed')
      and e."channelId" is not null and e."workspaceId" is not null and e.payload is not null
    returning e.id::text as id, e."channelId"::text as "channelId", e."workspaceId"::text as "workspaceId", e.payload, e.object, e."routingKey",
      (select json_build_object('id', c.id, 'workspaceId', c."workspaceId", 'type', c.type, 'externalId', c."externalId", 'status', c.status)
        from "Channel" c where c.id = e."channelId") as channel`;
  return row ?? null;
}

/** The event's channel if still connected, else the account's current channel (re-routed), else null. */
async function currentChannel(event: ClaimedEvent): Promise<ChannelRow | null> {
  const routed = event.channel;
  if (routed && routed.status !== 'disconnected' && routed.externalId === event.routingKey) return routed;
  const type = channelTypeForObject[event.object];
  const found = type ? await unsafeFindChannelByRoutingKey(type, event.routingKey) : null;
  if (!found) return null;
  const channel = await db.channel.findUnique({ where: { id: found.id }, select: { id: true, workspaceId: true, type: true, externalId: true, status: true } });
  if (channel) await db.webhookEvent.update({ where: { id: event.id }, data: { channelId: channel.id, workspaceId: channel.workspaceId } });
  return channel;
}

async function markDead(eventId: string, reason: string, log: Logger): Promise<ProcessOutcome> {
  await db.webhookEvent.update({ where: { id: eventId }, data: { status: 'dead', lastError: reason.slice(0, 2000) } });
  log.warn({ reason }, 'webhook event dead');
  return 'dead';
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);
