// Instagram Login sends on graph.instagram.com: POST /me/messages with the IG user token; a
// private reply to a comment is the same call addressed to { comment_id } (meta-platform.md §c).
import { graphBaseUrlFor } from '../../../meta/graph-base-url';
import { graphRequest } from '../../../meta/graph-request';
import type { ChannelForSend, OutboundContent, SendTarget } from '../../channel-provider';
import { metaMessageBody } from '../messenger/meta-message-body';

export async function sendInstagram(channel: ChannelForSend, target: SendTarget, content: OutboundContent): Promise<{ externalId: string }> {
  const result = await graphRequest<{ message_id?: string; recipient_id?: string }>({
    baseUrl: graphBaseUrlFor('instagram'),
    path: '/me/messages',
    accessToken: channel.accessToken,
    json: {
      recipient: target.commentId ? { comment_id: target.commentId } : { id: target.recipientExternalId },
      ...(target.tag ? { messaging_type: 'MESSAGE_TAG', tag: target.tag } : {}),
      message: metaMessageBody(content),
    },
  });
  if (!result.message_id) throw new Error('Instagram accepted the message but returned no message_id');
  return { externalId: result.message_id };
}

/** A public reply under a comment: a comment of its own, outside the messaging windows (§c). */
export async function replyToInstagramComment(channel: ChannelForSend, commentId: string, text: string): Promise<{ externalId: string }> {
  const result = await graphRequest<{ id?: string }>({
    baseUrl: graphBaseUrlFor('instagram'),
    path: `/${encodeURIComponent(commentId)}/replies`,
    accessToken: channel.accessToken,
    json: { message: text },
  });
  if (!result.id) throw new Error('Instagram accepted the reply but returned no comment id');
  return { externalId: result.id };
}
