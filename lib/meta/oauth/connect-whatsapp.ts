// WhatsApp Embedded Signup, server side (meta-platform.md §e): exchange the code for the
// business token, read the number, subscribe the app to the WABA and register the number
// for the Cloud API — all server to server — then queue the template sync.
import { randomInt } from 'node:crypto';
import { upsertConnectedChannel } from '../../channels/upsert-connected-channel';
import { env } from '../../env';
import { connectError } from '../../channels/connect-errors';
import type { RequestMeta } from '../../http/request-meta';
import { getBoss } from '../../jobs/boss';
import { logger } from '../../logger';
import type { WorkspaceContext } from '../../workspaces/context';
import { graphRequest } from '../graph-request';
import { connectRedirectUri } from './connect-redirect-uri';
import { fetchMetaUserId } from './fetch-meta-user-id';

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;
type PhoneNumber = { id: string; display_phone_number?: string; verified_name?: string };

export async function connectWhatsApp(options: { ctx: Ctx; code: string; wabaId: string; phoneNumberId: string; meta?: Partial<RequestMeta> | null }) {
  const config = env();
  const base = config.META_GRAPH_BASE_URL;
  const exchanged = await graphRequest<{ access_token: string }>({
    baseUrl: base,
    path: 'oauth/access_token',
    // The JS SDK popup flow has no redirect_uri; the redirect fallback must repeat it.
    query: { client_id: config.META_APP_ID, client_secret: config.META_APP_SECRET ?? '', code: options.code, redirect_uri: connectRedirectUri('whatsapp') },
  });
  const token = exchanged.access_token;
  const metaUserId = await fetchMetaUserId({ baseUrl: base, accessToken: token });
  const numbers = await graphRequest<{ data?: PhoneNumber[] }>({
    baseUrl: base,
    path: `${options.wabaId}/phone_numbers`,
    query: { fields: 'id,display_phone_number,verified_name' },
    accessToken: token,
  });
  const number = (numbers.data ?? []).find((n) => String(n.id) === options.phoneNumberId);
  if (!number) throw connectError('whatsapp_number_mismatch');
  await graphRequest({ baseUrl: base, path: `${options.wabaId}/subscribed_apps`, method: 'POST', accessToken: token });
  // Cloud API registration needs a 6-digit two-step-verification pin; we set a random one.
  await graphRequest({
    baseUrl: base,
    path: `${options.phoneNumberId}/register`,
    json: { messaging_product: 'whatsapp', pin: String(randomInt(0, 1_000_000)).padStart(6, '0') },
    accessToken: token,
  });
  const channel = await upsertConnectedChannel({
    ctx: options.ctx,
    meta: options.meta,
    account: {
      type: 'whatsapp',
      externalId: options.phoneNumberId,
      phoneNumberId: options.phoneNumberId,
      wabaId: options.wabaId,
      displayPhone: number.display_phone_number ?? null,
      metaUserId,
      name: number.verified_name ?? number.display_phone_number ?? options.phoneNumberId,
      accessToken: token,
    },
  });
  // Defined by the send part (sync-whatsapp-templates); queued by name so this compiles alone.
  // The channel is connected either way; a missing sync only delays the template list.
  try {
    await (await getBoss()).send('sync-whatsapp-templates', { channelId: channel.id }, { singletonKey: channel.id });
  } catch (error) {
    logger.error({ err: error, channelId: channel.id }, 'could not queue the WhatsApp template sync');
  }
  return channel;
}
