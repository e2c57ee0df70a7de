// Boundary code: picks the provider's send for a channel type (house style: only the boundary
// branches on the provider). The lead's provider registry can replace this map.
import type { ChannelType } from '../generated/prisma/enums';
import type { ChannelForSend, OutboundContent, SendTarget } from './channel-provider';
import { replyToInstagramComment, sendInstagram } from './providers/instagram/send-instagram';
import { sendMessenger } from './providers/messenger/send-messenger';
import { sendWhatsApp } from './providers/whatsapp/send-whatsapp';

const senders: Record<ChannelType, (channel: ChannelForSend, target: SendTarget, content: OutboundContent) => Promise<{ externalId: string }>> = {
  instagram: sendInstagram,
  messenger: sendMessenger,
  whatsapp: sendWhatsApp,
};

export async function sendThroughChannel(options: { channel: ChannelForSend; target: SendTarget; content: OutboundContent; publicCommentReply?: boolean }) {
  const { channel, target, content } = options;
  if (options.publicCommentReply) {
    if (channel.type !== 'instagram' || !target.commentId || content.type !== 'text') throw new Error('Public comment replies are Instagram text replies to a comment');
    return replyToInstagramComment(channel, target.commentId, content.text);
  }
  return senders[channel.type](channel, target, content);
}
