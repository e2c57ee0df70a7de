// The inbound half of ChannelProvider (routing, normalising, profiles) per channel type.
// The send half lives with the outbound code; both implement lib/channels/channel-provider.ts.
import type { ChannelType } from '../../generated/prisma/enums';
import type { ChannelProvider } from '../channel-provider';
import { fetchInstagramProfile } from './instagram/fetch-instagram-profile';
import { normaliseInstagram } from './instagram/normalise-instagram';
import { instagramRoutingKey } from './instagram/routing-key';
import { fetchMessengerProfile } from './messenger/fetch-messenger-profile';
import { normaliseMessenger } from './messenger/normalise-messenger';
import { messengerRoutingKey } from './messenger/routing-key';
import { normaliseWhatsapp } from './whatsapp/normalise-whatsapp';
import { whatsappRoutingKey } from './whatsapp/routing-key';

export type InboundProvider = Pick<ChannelProvider, 'type' | 'routingKey' | 'normalise' | 'fetchProfile'>;

export const inboundProviders: Record<ChannelType, InboundProvider> = {
  instagram: { type: 'instagram', routingKey: instagramRoutingKey, normalise: normaliseInstagram, fetchProfile: fetchInstagramProfile },
  messenger: { type: 'messenger', routingKey: messengerRoutingKey, normalise: normaliseMessenger, fetchProfile: fetchMessengerProfile },
  // WhatsApp has no profile API: the name arrives with every message in `contacts[].profile`.
  whatsapp: { type: 'whatsapp', routingKey: whatsappRoutingKey, normalise: (unit) => normaliseWhatsapp(unit), fetchProfile: async () => ({}) },
};

/** Webhook `object` → channel type (meta-platform.md §b). */
export const channelTypeForObject: Record<string, ChannelType> = {
  instagram: 'instagram',
  page: 'messenger',
  whatsapp_business_account: 'whatsapp',
};
