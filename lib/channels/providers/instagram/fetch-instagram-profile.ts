// GET /{igsid}?fields=name,username,profile_pic on graph.instagram.com (Instagram Login).
import { safeLinkUrl } from '../../../http/safe-link-url';
import { graphBaseUrlFor } from '../../../meta/graph-base-url';
import { graphRequest } from '../../../meta/graph-request';
import type { ChannelForSend, ContactProfile } from '../../channel-provider';

export async function fetchInstagramProfile(channel: ChannelForSend, igsid: string): Promise<ContactProfile> {
  const profile = await graphRequest<{ name?: string; username?: string; profile_pic?: string }>({
    baseUrl: graphBaseUrlFor('instagram'),
    path: `/${encodeURIComponent(igsid)}`,
    accessToken: channel.accessToken,
    query: { fields: 'name,username,profile_pic' },
  });
  return { name: profile.name ?? null, username: profile.username ?? null, avatarUrl: safeLinkUrl(profile.profile_pic) };
}
