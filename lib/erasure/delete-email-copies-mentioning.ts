// The copies we keep of sent emails (EmailMessage) quote what they were about: a digest names the
// contact and links to the conversation. Erasing a subject deletes the copies that mention it.
// Deleting a copy never "unsends" anything; it is our record of what was sent.
import { db } from '../db';

/** Deletes email copies whose text or html contains any of `needles` (ids, addresses, handles). */
export async function deleteEmailCopiesMentioning(needles: string[]): Promise<number> {
  const usable = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length >= 4))];
  if (usable.length === 0) return 0;
  let deleted = 0;
  for (let i = 0; i < usable.length; i += 100) {
    const chunk = usable.slice(i, i + 100);
    deleted += (
      await db.emailMessage.deleteMany({
        where: { OR: chunk.flatMap((n) => [{ text: { contains: n, mode: 'insensitive' as const } }, { html: { contains: n, mode: 'insensitive' as const } }, { to: { equals: n, mode: 'insensitive' as const } }]) },
      })
    ).count;
  }
  return deleted;
}
