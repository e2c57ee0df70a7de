// Boundary code: sends through the channel type's provider.
import type { ChannelForSend, OutboundContent, SendTarget } from './channel-provider';
import { channelProviders } from './providers/channel-providers';

export async function sendThroughChannel(options: { channel: ChannelForSend; target: SendTarget; content: OutboundContent; publicCommentReply?: boolean }) {
  const { channel, target, content } = options;
  const provider = channelProviders[channel.type];
  if (options.publicCommentReply) {
    if (!provider.replyToComment || !target.commentId || content.type !== 'text') throw new Error('Public comment replies are Instagram text replies to a comment');
    return provider.replyToComment(channel, target.commentId, content.text);
  }
  return provider.send(channel, target, content);
}
