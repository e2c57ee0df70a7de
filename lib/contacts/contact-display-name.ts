// The one place that decides what a contact is called — inbox rows, the thread header, the
// contact panel, the contacts list, merge previews, notifications and automations all use it.
// An operator's edit (displayName, stored on the person's primary contact) wins over Meta's
// profile name, which webhooks refresh and would otherwise silently undo the edit.
import { channelTypeLabel } from '../channels/channel-labels';

export type ContactNameFields = {
  /** The person's edited name; callers pass the primary contact's for a merged identity. */
  displayName?: string | null;
  name: string | null;
  username: string | null;
  externalId: string;
  phone?: string | null;
  email?: string | null;
};

export function contactDisplayName(contact: ContactNameFields, channelType: 'instagram' | 'messenger' | 'whatsapp'): string {
  if (contact.displayName) return contact.displayName;
  if (contact.name) return contact.name;
  if (contact.username) return `@${contact.username}`;
  // WhatsApp contacts are identified by their phone number (the wa_id).
  if (channelType === 'whatsapp') return `+${contact.externalId}`;
  if (contact.phone) return contact.phone;
  if (contact.email) return contact.email;
  // Instagram and Messenger send only an app-scoped id until the profile is fetched (or when
  // Meta refuses it): name the person by channel and the id's last digits, which tells two of
  // them apart, rather than "Unknown contact".
  return `${channelTypeLabel[channelType]} user ${contact.externalId.slice(-4)}`;
}

/** The Prisma select that contactDisplayNameOf needs (the primary's edited name included). */
export const contactNameSelect = {
  displayName: true, name: true, username: true, externalId: true, phone: true, email: true,
  mergedInto: { select: { displayName: true } },
} as const;

/** contactDisplayName for a row loaded with contactNameSelect. */
export function contactDisplayNameOf(contact: ContactNameFields & { mergedInto: { displayName: string | null } | null }, channelType: 'instagram' | 'messenger' | 'whatsapp'): string {
  return contactDisplayName({ ...contact, displayName: contact.mergedInto?.displayName ?? contact.displayName }, channelType);
}
