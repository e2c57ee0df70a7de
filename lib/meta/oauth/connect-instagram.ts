// Instagram Business Login: code → short-lived token → 60-day token → account → webhook
// subscription (meta-platform.md §e). Every call goes through graphRequest with configured
// base URLs, so the simulator answers in dev and tests.
import { upsertConnectedChannel } from '../../channels/upsert-connected-channel';
import { env } from '../../env';
import type { RequestMeta } from '../../http/request-meta';
import type { WorkspaceContext } from '../../workspaces/context';
import { graphRequest } from '../graph-request';
import { connectRedirectUri } from './connect-redirect-uri';

const IG_FIELDS = 'messages,messaging_postbacks,messaging_seen,message_reactions,comments';

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function connectInstagram(options: { ctx: Ctx; code: string; meta?: Partial<RequestMeta> | null }) {
  const config = env();
  const shortLived = await graphRequest<{ access_token: string; user_id?: string | number }>({
    baseUrl: config.META_INSTAGRAM_API_BASE_URL,
    path: 'oauth/access_token',
    form: {
      client_id: config.META_APP_ID,
      client_secret: config.META_APP_SECRET ?? '',
      grant_type: 'authorization_code',
      redirect_uri: connectRedirectUri('instagram'),
      code: options.code,
    },
  });
  const longLived = await graphRequest<{ access_token: string; expires_in?: number }>({
    baseUrl: config.META_INSTAGRAM_GRAPH_BASE_URL,
    path: 'access_token',
    query: { grant_type: 'ig_exchange_token', client_secret: config.META_APP_SECRET ?? '', access_token: shortLived.access_token },
  });
  const token = longLived.access_token;
  // `user_id` is the professional account id webhooks route by; `id` is the app-scoped Instagram
  // user id that the Deauthorize and Data Deletion callbacks name (stored as metaUserId).
  const me = await graphRequest<{ id?: string | number; user_id: string | number; username?: string; name?: string; profile_picture_url?: string }>({
    baseUrl: config.META_INSTAGRAM_GRAPH_BASE_URL,
    path: 'me',
    query: { fields: 'id,user_id,username,name,profile_picture_url' },
    accessToken: token,
  });
  await graphRequest({ baseUrl: config.META_INSTAGRAM_GRAPH_BASE_URL, path: 'me/subscribed_apps', method: 'POST', query: { subscribed_fields: IG_FIELDS }, accessToken: token });
  const igUserId = String(me.user_id);
  return upsertConnectedChannel({
    ctx: options.ctx,
    meta: options.meta,
    account: {
      type: 'instagram',
      externalId: igUserId,
      igUserId,
      metaUserId: String(me.id ?? me.user_id),
      // The handle identifies an IG account to people; the display name is optional there.
      name: me.username ?? me.name ?? igUserId,
      avatarUrl: me.profile_picture_url ?? null,
      accessToken: token,
      tokenExpiresAt: new Date(Date.now() + (longLived.expires_in ?? 60 * 86_400) * 1000),
    },
  });
}
