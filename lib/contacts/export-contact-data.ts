// A contact's data as the business holds it (a customer's access request): profile, every
// conversation with its messages, and links to their media (downloadable by signed-in members).
// JSON for machines, CSV (one row per message) for people. Scoped through ctx.db.
import { env } from '../env';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { toCsv } from '../http/to-csv';

export async function exportContactData(options: { ctx: Pick<WorkspaceContext, 'db' | 'can'>; contactId: string }) {
  const { ctx } = options;
  if (!ctx.can('data.export')) throw new AppError('forbidden', 'Only owners and admins can export contact data.');
  const contact = await ctx.db.contact.findFirst({
    where: { id: options.contactId },
    select: { id: true, externalId: true, name: true, username: true, createdAt: true, channel: { select: { type: true, name: true } } },
  });
  if (!contact) throw new AppError('not_found', 'Contact not found.');
  const conversations = await ctx.db.conversation.findMany({
    where: { contactId: contact.id },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true, kind: true, status: true, createdAt: true, postPermalink: true,
      messages: {
        orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
        select: { id: true, direction: true, sender: true, kind: true, status: true, text: true, sentAt: true, media: { select: { id: true, kind: true, mimeType: true, fileName: true, status: true, sourceUrl: true } } },
      },
    },
  });
  const base = env().APP_URL;
  const mediaLink = (m: { id: string; status: string; sourceUrl: string | null }) => (m.status === 'stored' ? new URL(`/api/media/${m.id}`, base).toString() : m.sourceUrl);
  const data = {
    exportedAt: new Date().toISOString(),
    contact: { id: contact.id, channel: contact.channel.type, channelName: contact.channel.name, externalId: contact.externalId, name: contact.name, username: contact.username, firstSeen: contact.createdAt.toISOString() },
    conversations: conversations.map((c) => ({
      id: c.id, kind: c.kind, status: c.status, startedAt: c.createdAt.toISOString(), post: c.postPermalink,
      messages: c.messages.map((m) => ({
        id: m.id, at: m.sentAt.toISOString(), direction: m.direction, sender: m.sender, kind: m.kind, status: m.status, text: m.text,
        media: m.media.map((x) => ({ kind: x.kind, mimeType: x.mimeType, fileName: x.fileName, url: mediaLink(x) })),
      })),
    })),
  };
  const csv = toCsv(
    ['conversation_id', 'sent_at', 'direction', 'sender', 'kind', 'status', 'text', 'media_links'],
    data.conversations.flatMap((c) => c.messages.map((m) => [c.id, m.at, m.direction, m.sender, m.kind, m.status, m.text ?? '', m.media.map((x) => x.url ?? '').filter(Boolean).join(' ')])),
  );
  const label = (contact.username ?? contact.name ?? contact.externalId).replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) || 'contact';
  return { json: JSON.stringify(data, null, 2), csv, fileBase: `contact-${label}` };
}
