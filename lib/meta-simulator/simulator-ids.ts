// The simulated Meta world. Ids match ../shared/fixtures/meta/README.md so fixtures, the demo
// seed and the /dev/meta console all talk about the same accounts.
export const SIM = {
  facebookUserId: '1000000000000001',
  facebookUserName: 'Demo Owner',
  instagram: { id: '17841400000000001', username: 'demo.shop', name: 'Demo Shop' },
  instagramOther: { id: '17841400000000002', username: 'other.shop', name: 'Other Shop' },
  page: { id: '100000000000001', name: 'Demo Shop Page' },
  waba: { id: '100000000000101', name: 'Demo Shop WABA' },
  phone: { id: '106540352242922', display: '15550783881', verifiedName: 'Demo Shop' },
  // Second accounts (not in the fixtures) so a workspace other than the seeded demo one can
  // connect each channel type too: a Meta account can be connected to one workspace only.
  pageOther: { id: '100000000000002', name: 'Other Shop Page' },
  wabaOther: { id: '100000000000102', name: 'Other Shop WABA' },
  phoneOther: { id: '106540352242923', display: '15550783882', verifiedName: 'Other Shop' },
  customers: {
    instagram: { id: '1234567890123456', username: 'ana.test', name: 'Ana Test' },
    messenger: { id: '7000000000000001', firstName: 'Mia', lastName: 'Messenger' },
    whatsapp: { id: '15551234567', name: 'Wanda WhatsApp' },
  },
} as const;

export type SimChannel = 'instagram' | 'messenger' | 'whatsapp';
