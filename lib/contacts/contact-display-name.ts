import { channelTypeLabel } from '../channels/channel-labels';

/**
 * What a contact is called in lists and headings: the operator's name, then Meta's profile, then
 * the identity. Instagram and Messenger send only an app-scoped id until the profile is fetched
 * (or when Meta refuses it): name the person by channel and the id's last digits, which tells two
 * of them apart, rather than "Unknown contact".
 */
export function contactDisplayName(contact: { displayName?: string | null; name: string | null; username: string | null; externalId: string; phone?: string | null; email?: string | null }, channelType: 'instagram' | 'messenger' | 'whatsapp'): string {
  if (contact.displayName) return contact.displayName;
  if (contact.name) return contact.name;
  if (contact.username) return `@${contact.username}`;
  // WhatsApp contacts are identified by their phone number (the wa_id).
  if (channelType === 'whatsapp') return `+${contact.externalId}`;
  return contact.phone ?? contact.email ?? `${channelTypeLabel[channelType]} user ${contact.externalId.slice(-4)}`;
}
