// Best-effort profile enrichment (name, username, avatar) through the provider's profile API.
// Never throws for Meta errors: a missing name must not hold up a conversation.
import { channelProviders } from '../channels/providers/channel-providers';
import { channelAccessToken } from '../channels/get-channel-access-token';
import { markChannelTokenExpired } from '../channels/mark-channel-token-expired';
import { db } from '../db';
import type { Logger } from '../logger';
import { GraphApiError } from '../meta/graph-error';
import { recordInboxEvent } from '../realtime/record-inbox-event';

export async function fetchContactProfile(options: { contactId: string; log: Logger }): Promise<'fetched' | 'skipped' | 'failed'> {
  // Unscoped: the id comes from our own job payload, written by the ingestion worker.
  const contact = await db.contact.findUnique({
    where: { id: options.contactId },
    select: { id: true, externalId: true, channel: { select: { id: true, type: true, externalId: true, phoneNumberId: true, accessTokenEnc: true, status: true, workspaceId: true } } },
  });
  if (!contact || contact.channel.status !== 'active' || contact.channel.type === 'whatsapp') return 'skipped';
  const log = options.log.child({ workspaceId: contact.channel.workspaceId, channelId: contact.channel.id });
  try {
    const accessToken = channelAccessToken(contact.channel);
    const profile = await channelProviders[contact.channel.type].fetchProfile({ ...contact.channel, accessToken }, contact.externalId);
    // The profile, and the conversations whose open inboxes show a provisional name ("Instagram
    // user 3456") until now, in one statement.
    const conversations = await db.$queryRaw<{ id: string }[]>`
      with updated as (
        update "Contact" set name = coalesce(${profile.name ?? null}, name), username = coalesce(${profile.username ?? null}, username),
          "avatarUrl" = coalesce(${profile.avatarUrl ?? null}, "avatarUrl"), "profileFetchedAt" = now(), "updatedAt" = now()
        where id = ${contact.id}::uuid
        returning id
      )
      select c.id::text as id from "Conversation" c
      where c."contactId" = (select id from updated) and c."workspaceId" = ${contact.channel.workspaceId}::uuid
      order by c."lastMessageAt" desc limit 5`;
    for (const conversation of conversations) {
      await recordInboxEvent({ workspaceId: contact.channel.workspaceId, conversationId: conversation.id, type: 'conversation.updated', payload: { changes: ['contact'] } });
    }
    return 'fetched';
  } catch (error) {
    if (error instanceof GraphApiError && error.kind === 'token_invalid') await markChannelTokenExpired({ channelId: contact.channel.id, reason: error.message });
    log.warn({ err: error instanceof GraphApiError ? { code: error.code, kind: error.kind } : String(error) }, 'contact profile fetch failed');
    return 'failed';
  }
}
