/** What a contact is called in lists and headings: the operator's name, then Meta's profile, then the identity. */
export function contactDisplayName(contact: { displayName?: string | null; name: string | null; username: string | null; externalId: string; phone?: string | null; email?: string | null }, channelType: 'instagram' | 'messenger' | 'whatsapp'): string {
  if (contact.displayName) return contact.displayName;
  if (contact.name) return contact.name;
  if (contact.username) return `@${contact.username}`;
  // WhatsApp contacts are identified by their phone number (the wa_id).
  if (channelType === 'whatsapp') return `+${contact.externalId}`;
  return contact.phone ?? contact.email ?? 'Unknown contact';
}
