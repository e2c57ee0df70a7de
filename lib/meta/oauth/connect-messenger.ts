// Facebook Login for Pages: code → user token → long-lived user token → the user's Pages.
// One Page connects straight away; several go through a picker (pending-pages-cookie.ts).
import { upsertConnectedChannel } from '../../channels/upsert-connected-channel';
import { env } from '../../env';
import { connectError } from '../../channels/connect-errors';
import type { RequestMeta } from '../../http/request-meta';
import type { WorkspaceContext } from '../../workspaces/context';
import { graphRequest } from '../graph-request';
import { connectRedirectUri } from './connect-redirect-uri';

const PAGE_FIELDS = 'messages,messaging_postbacks,message_echoes,message_deliveries,message_reads,message_reactions';

export type PendingPage = { id: string; name: string; accessToken: string; pictureUrl: string | null };
export type MessengerPages = { metaUserId: string; pages: PendingPage[] };

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function fetchMessengerPages(options: { code: string }): Promise<MessengerPages> {
  const config = env();
  const base = config.META_GRAPH_BASE_URL;
  const secret = config.META_APP_SECRET ?? '';
  const userToken = await graphRequest<{ access_token: string }>({
    baseUrl: base,
    path: 'oauth/access_token',
    query: { client_id: config.META_APP_ID, client_secret: secret, redirect_uri: connectRedirectUri('messenger'), code: options.code },
  });
  // A Page token fetched with a long-lived user token does not expire (meta-platform.md §e).
  const longLived = await graphRequest<{ access_token: string }>({
    baseUrl: base,
    path: 'oauth/access_token',
    query: { grant_type: 'fb_exchange_token', client_id: config.META_APP_ID, client_secret: secret, fb_exchange_token: userToken.access_token },
  });
  const me = await graphRequest<{ id: string; name?: string }>({ baseUrl: base, path: 'me', query: { fields: 'id,name' }, accessToken: longLived.access_token });
  const accounts = await graphRequest<{ data?: { id: string; name: string; access_token: string; picture?: { data?: { url?: string } } }[] }>({
    baseUrl: base,
    path: 'me/accounts',
    query: { fields: 'id,name,access_token,picture' },
    accessToken: longLived.access_token,
  });
  const pages = (accounts.data ?? []).map((p) => ({ id: String(p.id), name: p.name, accessToken: p.access_token, pictureUrl: p.picture?.data?.url ?? null }));
  if (pages.length === 0) throw connectError('no_pages');
  return { metaUserId: String(me.id), pages };
}

export async function connectMessengerPage(options: { ctx: Ctx; metaUserId: string; page: PendingPage; meta?: Partial<RequestMeta> | null }) {
  const { page } = options;
  await graphRequest({ baseUrl: env().META_GRAPH_BASE_URL, path: `${page.id}/subscribed_apps`, method: 'POST', query: { subscribed_fields: PAGE_FIELDS }, accessToken: page.accessToken });
  return upsertConnectedChannel({
    ctx: options.ctx,
    meta: options.meta,
    account: { type: 'messenger', externalId: page.id, pageId: page.id, name: page.name, avatarUrl: page.pictureUrl, metaUserId: options.metaUserId, accessToken: page.accessToken },
  });
}
