import { graphRequest } from '../../../meta/graph-request';
import { graphBaseUrlFor } from '../../../meta/graph-base-url';
import type { ChannelForSend, ContactProfile } from '../../channel-provider';

/** IG user profile API (Instagram Login host): name, username and picture of an IGSID. */
export async function fetchInstagramProfile(channel: ChannelForSend, contactExternalId: string): Promise<ContactProfile> {
  const profile = await graphRequest<{ name?: string; username?: string; profile_pic?: string }>({
    baseUrl: graphBaseUrlFor('instagram'),
    path: contactExternalId,
    accessToken: channel.accessToken,
    query: { fields: 'name,username,profile_pic' },
  });
  return { name: profile.name ?? null, username: profile.username ?? null, avatarUrl: profile.profile_pic ?? null };
}
