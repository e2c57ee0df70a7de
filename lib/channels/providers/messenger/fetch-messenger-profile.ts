import { graphRequest } from '../../../meta/graph-request';
import { graphBaseUrlFor } from '../../../meta/graph-base-url';
import type { ChannelForSend, ContactProfile } from '../../channel-provider';

/** Messenger user profile API: a PSID's name and picture, with the Page token. */
export async function fetchMessengerProfile(channel: ChannelForSend, contactExternalId: string): Promise<ContactProfile> {
  const profile = await graphRequest<{ first_name?: string; last_name?: string; name?: string; profile_pic?: string }>({
    baseUrl: graphBaseUrlFor('messenger'),
    path: contactExternalId,
    accessToken: channel.accessToken,
    query: { fields: 'first_name,last_name,profile_pic' },
  });
  const name = profile.name ?? ([profile.first_name, profile.last_name].filter(Boolean).join(' ') || null);
  return { name, username: null, avatarUrl: profile.profile_pic ?? null };
}
