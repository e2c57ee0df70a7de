// Messenger Send API: POST /{page-id}/messages with the Page token. RESPONSE inside the 24-hour
// window, MESSAGE_TAG + HUMAN_AGENT for a human reply up to 7 days (meta-platform.md §c, §d).
import { graphBaseUrlFor } from '../../../meta/graph-base-url';
import { graphRequest } from '../../../meta/graph-request';
import type { ChannelForSend, OutboundContent, SendTarget } from '../../channel-provider';
import { metaMessageBody } from './meta-message-body';

export async function sendMessenger(channel: ChannelForSend, target: SendTarget, content: OutboundContent): Promise<{ externalId: string }> {
  const result = await graphRequest<{ message_id?: string }>({
    baseUrl: graphBaseUrlFor('messenger'),
    path: `/${encodeURIComponent(channel.externalId)}/messages`,
    accessToken: channel.accessToken,
    json: {
      recipient: { id: target.recipientExternalId },
      messaging_type: target.tag ? 'MESSAGE_TAG' : 'RESPONSE',
      ...(target.tag ? { tag: target.tag } : {}),
      message: metaMessageBody(content),
    },
  });
  if (!result.message_id) throw new Error('Messenger accepted the message but returned no message_id');
  return { externalId: result.message_id };
}
