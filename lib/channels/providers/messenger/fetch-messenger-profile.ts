// GET /{psid}?fields=first_name,last_name,profile_pic with the Page token.
import { safeLinkUrl } from '../../../http/safe-link-url';
import { graphBaseUrlFor } from '../../../meta/graph-base-url';
import { graphRequest } from '../../../meta/graph-request';
import type { ChannelForSend, ContactProfile } from '../../channel-provider';

export async function fetchMessengerProfile(channel: ChannelForSend, psid: string): Promise<ContactProfile> {
  const profile = await graphRequest<{ first_name?: string; last_name?: string; profile_pic?: string }>({
    baseUrl: graphBaseUrlFor('messenger'),
    path: `/${encodeURIComponent(psid)}`,
    accessToken: channel.accessToken,
    query: { fields: 'first_name,last_name,profile_pic' },
  });
  const name = [profile.first_name, profile.last_name].filter(Boolean).join(' ');
  return { name: name || null, avatarUrl: safeLinkUrl(profile.profile_pic) };
}
