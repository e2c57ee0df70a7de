import { z } from 'zod';
import { db } from '../db';
import { AppError } from '../errors';

export type DevMailboxSummary = { id: string; to: string; subject: string; template: string; createdAt: Date };

const optionsSchema = z.object({
  to: z.string().trim().max(320).optional(),
  cursor: z.uuid().optional(),
  take: z.number().int().min(1).max(100).default(50),
});

/**
 * Dev-mailbox emails, newest first, optionally for one recipient (case-insensitive). Pass the
 * returned `nextCursor` back as `cursor` for the next page; it is null on the last page.
 */
export async function listDevMailbox(options: { to?: string; cursor?: string; take?: number } = {}): Promise<{
  messages: DevMailboxSummary[];
  nextCursor: string | null;
}> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new AppError('bad_request', 'Invalid dev mailbox query');
  const { to, cursor, take } = parsed.data;
  const rows = await db.emailMessage.findMany({
    where: { transport: 'dev-mailbox', ...(to ? { to: { equals: to, mode: 'insensitive' } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    take: take + 1,
    select: { id: true, to: true, subject: true, template: true, createdAt: true },
  });
  const messages = rows.slice(0, take);
  return { messages, nextCursor: rows.length > take ? (messages.at(-1)?.id ?? null) : null };
}
