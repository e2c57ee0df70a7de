// Merges two people into one. Nothing is moved or deleted: the source person's contacts (its
// channel identities) point at the target's primary contact, so every conversation stays on the
// identity it came from and sending keeps working per channel. One transaction, both primaries
// locked in id order, so two merges racing on the same people cannot build a chain or a cycle.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { resolvePersonId } from './get-contact-profile';
import { mergePersonFields } from './merge-fields';
import { loadPersonForMerge } from './preview-contact-merge';

export async function mergeContacts(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace' | 'user'>; targetContactId: string; sourceContactId: string; meta?: Partial<RequestMeta> }) {
  const { ctx } = options;
  assertCan(ctx, 'contacts.merge');
  const targetId = await resolvePersonId({ ctx, contactId: options.targetContactId });
  const sourceId = await resolvePersonId({ ctx, contactId: options.sourceContactId });
  if (targetId === sourceId) throw new AppError('conflict', 'These contacts are already the same person.');
  const ws = ctx.workspace.id;
  return db.$transaction(async (tx) => {
    const ids = [targetId, sourceId].sort();
    const locked = await tx.$queryRaw<{ id: string; mergedIntoId: string | null }[]>`select id, "mergedIntoId" from "Contact" where "workspaceId" = ${ws}::uuid and id in (${ids[0]}::uuid, ${ids[1]}::uuid) order by id for update`;
    // Re-checked under the lock: another merge may have folded one of them in meanwhile.
    if (locked.length !== 2 || locked.some((row) => row.mergedIntoId)) throw new AppError('conflict', 'One of these contacts was merged or deleted meanwhile. Reload and try again.');
    const target = await loadPersonForMerge(tx, ws, targetId);
    const source = await loadPersonForMerge(tx, ws, sourceId);
    const result = mergePersonFields(target.fields, source.fields);
    const now = new Date();
    const moved = await tx.contact.updateMany({ where: { workspaceId: ws, OR: [{ id: sourceId }, { mergedIntoId: sourceId }] }, data: { mergedIntoId: targetId, mergedAt: now } });
    const lastSeenAt = [target.lastSeenAt, source.lastSeenAt].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    await tx.contact.updateMany({
      where: { id: targetId, workspaceId: ws },
      data: { displayName: result.displayName.value, email: result.email.value, phone: result.phone.value, notes: result.notes, attributes: result.attributes as Prisma.InputJsonObject, lastSeenAt },
    });
    await recordAudit({
      ctx, action: 'contact.merged', targetType: 'contact', targetId, meta: options.meta,
      metadata: {
        sourceContactId: sourceId, identitiesMoved: moved.count, conversations: target.conversations + source.conversations,
        // Ids and channel types only: names, emails and phone numbers stay out of the audit log.
        sourceIdentities: source.identities.map((i) => ({ id: i.id, channel: i.channel.type })),
        droppedFields: [...(['displayName', 'email', 'phone'] as const).filter((k) => result[k].dropped), ...result.droppedAttributes.map((k) => `attr.${k}`)],
      },
    }, tx);
    return { personId: targetId, identitiesMoved: moved.count };
  });
}
