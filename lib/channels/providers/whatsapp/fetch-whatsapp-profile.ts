import type { ChannelForSend, ContactProfile } from '../../channel-provider';

/**
 * WhatsApp has no profile API: the name arrives with every message in `contacts[].profile.name`
 * and is stored by ingestion, so there is nothing to fetch.
 */
export async function fetchWhatsAppProfile(...args: [channel: ChannelForSend, waId: string]): Promise<ContactProfile> {
  void args;
  return {};
}
