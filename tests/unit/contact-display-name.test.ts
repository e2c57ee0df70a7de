// Issue 14: a contact whose profile Meta has not sent yet (or refused) was "Unknown contact" on
// the Contacts page; the inbox already named them by channel and id. One rule everywhere.
import { describe, expect, it } from 'vitest';
import { contactDisplayName } from '@/lib/contacts/contact-display-name';

const bare = { name: null, username: null, externalId: '17841400001234567' };

describe('contactDisplayName', () => {
  it('prefers the operator-given name, then the profile name, then the handle', () => {
    expect(contactDisplayName({ ...bare, displayName: 'VIP Anna', name: 'Anna', username: 'anna' }, 'instagram')).toBe('VIP Anna');
    expect(contactDisplayName({ ...bare, name: 'Anna', username: 'anna' }, 'instagram')).toBe('Anna');
    expect(contactDisplayName({ ...bare, username: 'anna' }, 'instagram')).toBe('@anna');
  });

  it('names a WhatsApp contact by their number', () => {
    expect(contactDisplayName({ ...bare, externalId: '4915112345678' }, 'whatsapp')).toBe('+4915112345678');
  });

  it('never says "Unknown contact": a known phone or email, else the channel and the id\'s last digits', () => {
    expect(contactDisplayName({ ...bare, email: 'a@example.test' }, 'messenger')).toBe('a@example.test');
    expect(contactDisplayName(bare, 'instagram')).toBe('Instagram user 4567');
    expect(contactDisplayName({ ...bare, externalId: '99887766' }, 'messenger')).toBe('Messenger user 7766');
  });
});
