import { recordAudit } from '../audit/record-audit';
import { startWorkspaceTrial } from '../billing/start-workspace-trial';
import { db } from '../db';
import type { RequestMeta } from '../http/request-meta';
import { workspaceTimeZone } from './time-zone.schema';

export type CreatedWorkspace = { id: string; name: string; slug: string };

/** "Ana's Shop!" → "anas-shop"; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'workspace';
}

function isUniqueViolation(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && 'code' in error && error.code === 'P2002');
}

/** Creates a workspace with `userId` as its owner. Slugs are unique: "acme", "acme-2", … */
export async function createWorkspace(options: { userId: string; name: string; timeZone?: string; meta?: Partial<RequestMeta> }): Promise<CreatedWorkspace> {
  const name = options.name.trim();
  const base = slugify(name);
  const taken = new Set(
    (await db.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((w) => w.slug),
  );
  let suffix = 1;
  const nextSlug = () => {
    while (taken.has(suffix === 1 ? base : `${base}-${suffix}`)) suffix++;
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    taken.add(slug);
    return slug;
  };
  // A concurrent create can take the slug between the read and the insert; retry with the next.
  for (let attempt = 0; ; attempt++) {
    const slug = nextSlug();
    try {
      return await db.$transaction(async (tx) => {
        const workspace = await tx.workspace.create({ data: { name, slug, timeZone: workspaceTimeZone(options.timeZone) }, select: { id: true, name: true, slug: true } });
        await tx.membership.create({ data: { workspaceId: workspace.id, userId: options.userId, role: 'owner' }, select: { id: true } });
        // Each workspace is billed on its own, so a new one starts its own free trial.
        await startWorkspaceTrial({ workspaceId: workspace.id }, tx);
        await recordAudit(
          {
            action: 'workspace.created',
            workspaceId: workspace.id,
            actorUserId: options.userId,
            targetType: 'workspace',
            targetId: workspace.id,
            meta: options.meta,
            metadata: { name },
          },
          tx,
        );
        return workspace;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
