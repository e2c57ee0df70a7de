import { hashPassword } from '../auth/hash-password';
import { db } from '../db';

export const DEMO_LOGIN = { email: 'owner@demo.relaydesk.test', password: 'relaydesk-demo-2026' } as const;
const DEMO_SLUG = 'demo';

/**
 * Creates the demo workspace and its owner on first run; returns whether it did. Safe to
 * call on every start: an existing demo workspace (even renamed) is left alone.
 */
export async function seedDemo(): Promise<{ created: boolean; email: string; password: string }> {
  const existing = await db.workspace.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } });
  if (!existing) {
    const passwordHash = await hashPassword(DEMO_LOGIN.password);
    await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email: DEMO_LOGIN.email },
        update: {},
        create: { email: DEMO_LOGIN.email, name: 'Demo Owner', passwordHash, emailVerifiedAt: new Date() },
        select: { id: true },
      });
      const workspace = await tx.workspace.create({ data: { name: 'Demo Shop', slug: DEMO_SLUG }, select: { id: true } });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: 'owner' } });
      await tx.auditLog.create({ data: { workspaceId: workspace.id, actorUserId: user.id, action: 'workspace.created', metadata: { seed: true } } });
    });
  }
  return { created: !existing, ...DEMO_LOGIN };
}
