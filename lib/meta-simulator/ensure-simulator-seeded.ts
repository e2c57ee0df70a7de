// Creates the simulated accounts, customers, templates and avatar on first use. Idempotent:
// existing records (and any state the console changed) are left alone.
import { env } from '../env';
import { SAMPLE_MEDIA } from './sample-media';
import { SIM } from './simulator-ids';
import { insertSimRecordsIfMissing, type SimKind } from './simulator-store';
import { mediaRecordFor } from './sim-media';

export type SimAccount =
  | { type: 'facebook_user'; id: string; name: string }
  | { type: 'instagram'; id: string; username: string; name: string }
  | { type: 'page'; id: string; name: string; ownerUserId: string }
  | { type: 'waba'; id: string; name: string; ownerUserId: string; phoneNumberIds: string[] }
  | { type: 'phone_number'; id: string; wabaId: string; displayPhoneNumber: string; verifiedName: string };

export type SimCustomer = { channel: 'instagram' | 'messenger' | 'whatsapp'; id: string; name: string; username?: string; firstName?: string; lastName?: string };

export type SimTemplate = { id: string; wabaId: string; name: string; language: string; category: string; status: 'APPROVED' | 'REJECTED' | 'PENDING'; components: { type: string; text?: string; format?: string }[] };

export const SIM_AVATAR_MEDIA_ID = 'sample-avatar';

/** Public CDN-like URL for a simulator blob (IG attachments, avatars): no token needed, like Meta's CDN. */
export const simCdnUrl = (mediaId: string) => `${env().APP_URL}/api/dev/meta/cdn/${mediaId}`;

const accounts: SimAccount[] = [
  { type: 'facebook_user', id: SIM.facebookUserId, name: SIM.facebookUserName },
  { type: 'instagram', ...SIM.instagram },
  { type: 'instagram', ...SIM.instagramOther },
  { type: 'page', ...SIM.page, ownerUserId: SIM.facebookUserId },
  { type: 'page', ...SIM.pageOther, ownerUserId: SIM.facebookUserId },
  { type: 'waba', ...SIM.waba, ownerUserId: SIM.facebookUserId, phoneNumberIds: [SIM.phone.id] },
  { type: 'phone_number', id: SIM.phone.id, wabaId: SIM.waba.id, displayPhoneNumber: SIM.phone.display, verifiedName: SIM.phone.verifiedName },
  { type: 'waba', ...SIM.wabaOther, ownerUserId: SIM.facebookUserId, phoneNumberIds: [SIM.phoneOther.id] },
  { type: 'phone_number', id: SIM.phoneOther.id, wabaId: SIM.wabaOther.id, displayPhoneNumber: SIM.phoneOther.display, verifiedName: SIM.phoneOther.verifiedName },
];

const customers: SimCustomer[] = [
  { channel: 'instagram', ...SIM.customers.instagram },
  { channel: 'messenger', id: SIM.customers.messenger.id, name: `${SIM.customers.messenger.firstName} ${SIM.customers.messenger.lastName}`, firstName: SIM.customers.messenger.firstName, lastName: SIM.customers.messenger.lastName },
  { channel: 'whatsapp', ...SIM.customers.whatsapp },
];

const templates: SimTemplate[] = [
  { id: '900000000000001', wabaId: SIM.waba.id, name: 'order_update', language: 'en_US', category: 'UTILITY', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.' }] },
  { id: '900000000000002', wabaId: SIM.waba.id, name: 'welcome_back', language: 'en_US', category: 'MARKETING', status: 'APPROVED', components: [{ type: 'BODY', text: 'Welcome back, {{1}}! Here is 10% off your next order.' }] },
  { id: '900000000000003', wabaId: SIM.waba.id, name: 'flash_sale', language: 'en_US', category: 'MARKETING', status: 'REJECTED', components: [{ type: 'BODY', text: 'BUY NOW!!! Everything must go.' }] },
  { id: '900000000000011', wabaId: SIM.wabaOther.id, name: 'order_update', language: 'en_US', category: 'UTILITY', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.' }] },
];

export const templateKey = (wabaId: string, name: string, language: string) => `${wabaId}:${name}:${language}`;

export async function ensureSimulatorSeeded(): Promise<void> {
  const rows: { kind: SimKind; key: string; data: object }[] = [
    ...accounts.map((a) => ({ kind: 'account' as const, key: a.id, data: a })),
    ...customers.map((c) => ({ kind: 'customer' as const, key: c.id, data: c })),
    ...templates.map((t) => ({ kind: 'template' as const, key: templateKey(t.wabaId, t.name, t.language), data: t })),
    { kind: 'media', key: SIM_AVATAR_MEDIA_ID, data: mediaRecordFor(SAMPLE_MEDIA.image) },
  ];
  await insertSimRecordsIfMissing(rows);
}
