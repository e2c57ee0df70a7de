import { db } from '../db';

/**
 * The contact for a customer id on a channel, created on first sight. `created` tells the
 * caller to fetch the profile. Names from the webhook (WhatsApp `contacts[].profile.name`, IG
 * comment usernames) refresh the stored ones.
 */
export async function upsertContact(options: { workspaceId: string; channelId: string; externalId: string; name?: string | null; username?: string | null }): Promise<{ id: string; created: boolean; needsProfile: boolean }> {
  const { workspaceId, channelId, externalId } = options;
  const inserted = await db.contact.createManyAndReturn({
    data: [{ workspaceId, channelId, externalId, name: options.name ?? null, username: options.username ?? null }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted[0]) return { id: inserted[0].id, created: true, needsProfile: true };
  const existing = await db.contact.findUniqueOrThrow({ where: { channelId_externalId: { channelId, externalId } }, select: { id: true, name: true, username: true, profileFetchedAt: true } });
  const update: { name?: string; username?: string } = {};
  if (options.name && options.name !== existing.name) update.name = options.name;
  if (options.username && options.username !== existing.username) update.username = options.username;
  if (Object.keys(update).length) await db.contact.update({ where: { id: existing.id }, data: update });
  return { id: existing.id, created: false, needsProfile: !existing.profileFetchedAt };
}
