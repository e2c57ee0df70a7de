import { db } from '../db';
import { generateUuidV7 } from '../crypto/generate-uuid-v7';
import { runPreparedSql } from '../run-prepared-query';

const INSERT_CONTACT_SQL = `
  insert into "Contact" (id, "workspaceId", "channelId", "externalId", name, username, "updatedAt")
  values ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, now())
  on conflict do nothing
  returning id::text,
    (select coalesce(max(v.version), 0) from "AgentSettingsVersion" v where v."workspaceId" = $2::uuid)::int as "settingsVersion"`;

/**
 * The contact for a customer id on a channel, created on first sight. `created` tells the
 * caller to fetch the profile. Names from the webhook (WhatsApp `contacts[].profile.name`, IG
 * comment usernames) refresh the stored ones.
 */
export async function upsertContact(options: { workspaceId: string; channelId: string; externalId: string; name?: string | null; username?: string | null }): Promise<{ id: string; created: boolean; needsProfile: boolean; settingsVersion?: number }> {
  const { workspaceId, channelId, externalId } = options;
  // Insert-once in SQL: a new contact is about to get its first conversation, whose agent mode
  // comes from the current settings, so their version number comes back with the insert (one
  // round trip fewer for every new customer; lib/inbox/find-or-create-open-conversation.ts).
  const [inserted] = await runPreparedSql<{ id: string; settingsVersion: number }>(INSERT_CONTACT_SQL, [generateUuidV7(), workspaceId, channelId, externalId, options.name ?? null, options.username ?? null]);
  if (inserted) return { id: inserted.id, created: true, needsProfile: true, settingsVersion: inserted.settingsVersion };
  const existing = await db.contact.findUniqueOrThrow({ where: { channelId_externalId: { channelId, externalId } }, select: { id: true, name: true, username: true, profileFetchedAt: true } });
  const update: { name?: string; username?: string } = {};
  if (options.name && options.name !== existing.name) update.name = options.name;
  if (options.username && options.username !== existing.username) update.username = options.username;
  if (Object.keys(update).length) await db.contact.update({ where: { id: existing.id }, data: update });
  return { id: existing.id, created: false, needsProfile: !existing.profileFetchedAt };
}
