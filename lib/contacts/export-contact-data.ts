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
  const found = await ctx.db.contact.findFirst({ where: { id: options.contactId }, select: { id: true, mergedIntoId: true } });
  if (!found) throw new AppError('not_found', 'Contact not found.');
  // The person, not one channel identity: the primary (with the profile fields an operator typed or
  // imported) and every identity merged into it, with all their conversations.
  const identitySelect = { id: true, externalId: true, name: true, username: true, createdAt: true, channel: { select: { type: true, name: true } } } as const;
  const contact = await ctx.db.contact.findFirstOrThrow({
    where: { id: found.mergedIntoId ?? found.id },
    select: { ...identitySelect, displayName: true, email: true, phone: true, notes: true, attributes: true },
  });
  const mergedIdentities = await ctx.db.contact.findMany({ where: { mergedIntoId: contact.id }, orderBy: [{ mergedAt: 'asc' }, { id: 'asc' }], select: identitySelect });
  const conversations = await ctx.db.conversation.findMany({
    where: { contactId: { in: [contact.id, ...mergedIdentities.map((i) => i.id)] } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true, kind: true, status: true, createdAt: true, postPermalink: true,
      // The contact's satisfaction answer is their data too (right of access).
      csatSurvey: { select: { sentAt: true, rating: true, ratedAt: true } },
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
    contact: {
      id: contact.id, channel: contact.channel.type, channelName: contact.channel.name, externalId: contact.externalId, name: contact.name, username: contact.username, firstSeen: contact.createdAt.toISOString(),
      displayName: contact.displayName, email: contact.email, phone: contact.phone, notes: contact.notes, attributes: contact.attributes,
      mergedIdentities: mergedIdentities.map((i) => ({ id: i.id, channel: i.channel.type, channelName: i.channel.name, externalId: i.externalId, name: i.name, username: i.username, firstSeen: i.createdAt.toISOString() })),
    },
    conversations: conversations.map((c) => ({
      id: c.id, kind: c.kind, status: c.status, startedAt: c.createdAt.toISOString(), post: c.postPermalink,
      satisfactionSurvey: c.csatSurvey ? { askedAt: c.csatSurvey.sentAt.toISOString(), rating: c.csatSurvey.rating, answeredAt: c.csatSurvey.ratedAt?.toISOString() ?? null } : null,
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
  const label = (contact.username ?? contact.displayName ?? contact.name ?? contact.externalId).replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) || 'contact';
  return { json: JSON.stringify(data, null, 2), csv, fileBase: `contact-${label}` };
}
