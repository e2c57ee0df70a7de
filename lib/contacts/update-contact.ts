import type { Prisma } from '../generated/prisma/client';
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { validateAttributeValues } from './attributes/contact-attribute.schema';
import { listContactAttributes } from './attributes/list-contact-attributes';
import { resolvePersonId } from './get-contact-profile';

export type ContactFieldsInput = { name?: string; email?: string; phone?: string; notes?: string; attributes?: Record<string, unknown> };

/**
 * Saves a person's editable fields (on its primary contact). Fields left out are cleared, as
 * the form sends every one; attribute values are validated against the workspace's definitions
 * and merged into the stored ones (a blank value removes that key).
 */
export async function updateContact(options: { ctx: Pick<WorkspaceContext, 'db' | 'can'>; contactId: string; fields: ContactFieldsInput }) {
  const { ctx, fields } = options;
  assertCan(ctx, 'contacts.edit');
  const personId = await resolvePersonId({ ctx, contactId: options.contactId });
  const current = await ctx.db.contact.findFirstOrThrow({ where: { id: personId }, select: { attributes: true } });
  const attributes = { ...((current.attributes ?? {}) as Record<string, unknown>) };
  if (fields.attributes) {
    const { values, errors } = validateAttributeValues(await listContactAttributes({ ctx }), fields.attributes);
    if (Object.keys(errors).length) {
      throw new AppError('bad_request', 'Please fix the highlighted fields.', { fieldErrors: Object.fromEntries(Object.entries(errors).map(([key, message]) => [`attr.${key}`, [message]])) });
    }
    for (const [key, value] of Object.entries(values)) {
      if (value === null) delete attributes[key];
      else attributes[key] = value;
    }
  }
  await ctx.db.contact.updateMany({
    where: { id: personId, mergedIntoId: null },
    data: { displayName: fields.name ?? null, email: fields.email ?? null, phone: fields.phone ?? null, notes: fields.notes ?? null, attributes: attributes as Prisma.InputJsonObject },
  });
  return { personId };
}
