// The shape the dev mailbox returns for one email, shared by the lookups that load one.
import { extractEmailLinks } from './extract-email-links';

export const devMailboxMessageSelect = { id: true, to: true, subject: true, template: true, html: true, text: true, createdAt: true } as const;

type Row = { id: string; to: string; subject: string; template: string; html: string; text: string; createdAt: Date };

export type DevMailboxMessage = Row & { links: string[] };

export function toDevMailboxMessage(row: Row): DevMailboxMessage {
  return { ...row, links: extractEmailLinks(row.html) };
}
