// Where "Connect …" sends the browser. The dialog URLs are configuration, so the same code
// reaches Meta or the simulator (meta-platform.md §e for the scopes).
import { env } from '../../env';
import { ChannelType } from '../../generated/prisma/enums';
import { connectRedirectUri } from './connect-redirect-uri';

export const INSTAGRAM_SCOPES = 'instagram_business_basic,instagram_business_manage_messages,instagram_business_manage_comments';
export const MESSENGER_SCOPES = 'pages_messaging,pages_manage_metadata,pages_show_list';
export const WHATSAPP_SCOPES = 'whatsapp_business_management,whatsapp_business_messaging';

export function buildConnectDialogUrl(options: { type: ChannelType; state: string }): string {
  const config = env();
  const url = new URL(options.type === 'instagram' ? config.META_INSTAGRAM_DIALOG_URL : config.META_FACEBOOK_DIALOG_URL);
  const params: Record<string, string> = {
    client_id: config.META_APP_ID,
    redirect_uri: connectRedirectUri(options.type),
    response_type: 'code',
    state: options.state,
  };
  if (options.type === 'instagram') params.scope = INSTAGRAM_SCOPES;
  if (options.type === 'messenger') params.scope = MESSENGER_SCOPES;
  if (options.type === 'whatsapp') {
    // The redirect fallback of Embedded Signup (no FB JS SDK): the simulator, or offline.
    params.scope = WHATSAPP_SCOPES;
    params.extras = JSON.stringify({ setup: {}, featureType: 'whatsapp_embedded_signup' });
  }
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** The channel type named in a URL segment, or null. */
export function parseChannelType(value: string): ChannelType | null {
  return (Object.values(ChannelType) as string[]).includes(value) ? (value as ChannelType) : null;
}
