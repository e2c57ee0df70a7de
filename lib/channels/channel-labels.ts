import type { ChannelType } from '../generated/prisma/enums';

export const channelTypeLabel: Record<ChannelType, string> = {
  instagram: 'Instagram',
  messenger: 'Messenger',
  whatsapp: 'WhatsApp',
};

/** What the account is called at Meta, for messages ("This Instagram account…"). */
export const channelAccountNoun: Record<ChannelType, string> = {
  instagram: 'Instagram account',
  messenger: 'Facebook Page',
  whatsapp: 'WhatsApp number',
};

/** "Instagram · @demo.shop": a channel in pickers and lists (server and client). */
export function channelLabel(channel: { name: string; type: ChannelType }): string {
  return `${channelTypeLabel[channel.type]} · ${channel.name}`;
}
