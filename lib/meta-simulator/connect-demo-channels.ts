// The demo workspace's channels: one simulated account of each type, connected as if through
// the OAuth flows — the simulator issues the tokens, the Channel rows hold them encrypted.
import { encryptToken } from '../crypto/token-cipher';
import { db } from '../db';
import type { ChannelType } from '../generated/prisma/enums';
import { ensureSimulatorSeeded } from './ensure-simulator-seeded';
import { issueSimToken, LONG_LIVED_SECONDS } from './sim-tokens';
import { SIM } from './simulator-ids';
import { putSimRecord } from './simulator-store';
import { forgetChannelRoutes } from '../meta/webhooks/find-channel-routes';

type DemoChannel = {
  type: ChannelType;
  externalId: string;
  name: string;
  fields: { igUserId?: string; pageId?: string; wabaId?: string; phoneNumberId?: string; displayPhone?: string; metaUserId?: string };
  token: { type: 'page' | 'instagram' | 'user'; subject: string; accounts: string[]; scopes: string[]; expiresInSeconds: number | null };
};

const demoChannels: DemoChannel[] = [
  {
    type: 'instagram', externalId: SIM.instagram.id, name: SIM.instagram.username,
    fields: { igUserId: SIM.instagram.id },
    token: { type: 'instagram', subject: SIM.instagram.id, accounts: [], scopes: ['instagram_business_basic', 'instagram_business_manage_messages', 'instagram_business_manage_comments'], expiresInSeconds: LONG_LIVED_SECONDS },
  },
  {
    type: 'messenger', externalId: SIM.page.id, name: SIM.page.name,
    fields: { pageId: SIM.page.id, metaUserId: SIM.facebookUserId },
    token: { type: 'page', subject: SIM.page.id, accounts: [], scopes: ['pages_messaging', 'pages_manage_metadata', 'pages_show_list'], expiresInSeconds: null },
  },
  {
    type: 'whatsapp', externalId: SIM.phone.id, name: SIM.phone.verifiedName,
    fields: { wabaId: SIM.waba.id, phoneNumberId: SIM.phone.id, displayPhone: SIM.phone.display },
    token: { type: 'user', subject: SIM.facebookUserId, accounts: [SIM.waba.id, SIM.phone.id], scopes: ['whatsapp_business_management', 'whatsapp_business_messaging'], expiresInSeconds: null },
  },
];

/**
 * Connects any of the three demo channels the workspace lacks. A simulated account already
 * connected elsewhere (Channel is unique per type + external id) is left where it is.
 * Returns how many channels it created.
 */
export async function connectDemoChannels(options: { workspaceId: string; connectedById: string | null }): Promise<number> {
  await ensureSimulatorSeeded();
  let created = 0;
  for (const channel of demoChannels) {
    // Seed-time lookup by the global unique key; this runs outside any signed-in request.
    const existing = await db.channel.findUnique({ where: { type_externalId: { type: channel.type, externalId: channel.externalId } }, select: { id: true } });
    if (existing) continue;
    const issued = await issueSimToken(channel.token);
    await db.channel.create({
      data: {
        workspaceId: options.workspaceId,
        type: channel.type,
        externalId: channel.externalId,
        name: channel.name,
        ...channel.fields,
        accessTokenEnc: encryptToken(issued.token),
        tokenExpiresAt: issued.record.expiresAt ? new Date(issued.record.expiresAt) : null,
        tokenRefreshedAt: new Date(),
        connectedById: options.connectedById,
      },
    });
    // As if the connect flow had subscribed the app to the account's webhooks.
    await putSimRecord('subscription', channel.fields.wabaId ?? channel.externalId, { fields: ['messages'] });
    created += 1;
  }
  if (created) forgetChannelRoutes();
  return created;
}
