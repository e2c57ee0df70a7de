import type { WorkspaceContext } from '../../workspaces/context';
import type { ContactAttributeDefinition } from './contact-attribute.schema';

/** The workspace's custom contact fields, in the order they were defined. */
export async function listContactAttributes(options: { ctx: Pick<WorkspaceContext, 'db'> }): Promise<ContactAttributeDefinition[]> {
  return options.ctx.db.contactAttribute.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, key: true, label: true, type: true, options: true },
  });
}
