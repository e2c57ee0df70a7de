// The ChannelProvider of each channel type (lib/channels/channel-provider.ts): routing,
// normalising, profiles and sending. Only boundary code picks a provider by type.
import type { ChannelType } from '../../generated/prisma/enums';
import type { ChannelProvider } from '../channel-provider';
import { fetchInstagramProfile } from './instagram/fetch-instagram-profile';
import { replyToInstagramComment, sendInstagram } from './instagram/send-instagram';
import { normaliseInstagram } from './instagram/normalise-instagram';
import { instagramRoutingKey } from './instagram/routing-key';
import { fetchMessengerProfile } from './messenger/fetch-messenger-profile';
import { sendMessenger } from './messenger/send-messenger';
import { normaliseMessenger } from './messenger/normalise-messenger';
import { messengerRoutingKey } from './messenger/routing-key';
import { normaliseWhatsapp } from './whatsapp/normalise-whatsapp';
import { fetchWhatsAppProfile } from './whatsapp/fetch-whatsapp-profile';
import { sendWhatsApp } from './whatsapp/send-whatsapp';
import { whatsappRoutingKey } from './whatsapp/routing-key';

export const channelProviders: Record<ChannelType, ChannelProvider> = {
  instagram: {
    type: 'instagram', routingKey: instagramRoutingKey, normalise: normaliseInstagram, fetchProfile: fetchInstagramProfile,
    send: sendInstagram, replyToComment: replyToInstagramComment,
  },
  messenger: { type: 'messenger', routingKey: messengerRoutingKey, normalise: normaliseMessenger, fetchProfile: fetchMessengerProfile, send: sendMessenger },
  // WhatsApp has no profile API: the name arrives with every message in `contacts[].profile`.
  whatsapp: { type: 'whatsapp', routingKey: whatsappRoutingKey, normalise: (unit) => normaliseWhatsapp(unit), fetchProfile: fetchWhatsAppProfile, send: sendWhatsApp },
};

/** Webhook `object` → channel type (meta-platform.md §b). */
export const channelTypeForObject: Record<string, ChannelType> = {
  instagram: 'instagram',
  page: 'messenger',
  whatsapp_business_account: 'whatsapp',
};
