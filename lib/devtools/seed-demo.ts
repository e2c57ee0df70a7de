import { hashPassword } from '../auth/hash-password';
import { refreshDemoTrial } from '../billing/refresh-demo-trial';
import { db } from '../db';
import { connectDemoChannels } from '../meta-simulator/connect-demo-channels';

export const DEMO_LOGIN = { email: 'owner@demo.relaydesk.test', password: 'relaydesk-demo-2026' } as const;
const DEMO_SLUG = 'demo';

/**
 * Creates the demo workspace and its owner on first run, and connects one simulated Meta
 * account of each channel type (Instagram, Messenger, WhatsApp) to it — also for a demo
 * workspace created before channels existed. Safe to call on every start: an existing demo
 * workspace (even renamed) keeps its data. Needs TOKEN_ENCRYPTION_KEYS for the channel tokens.
 */
export async function seedDemo(): Promise<{ created: boolean; channelsConnected: number; email: string; password: string }> {
  const existing = await db.workspace.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } });
  let workspaceId = existing?.id;
  if (!existing) {
    const passwordHash = await hashPassword(DEMO_LOGIN.password);
    workspaceId = await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email: DEMO_LOGIN.email },
        update: {},
        create: { email: DEMO_LOGIN.email, name: 'Demo Owner', passwordHash, emailVerifiedAt: new Date() },
        select: { id: true },
      });
      const workspace = await tx.workspace.create({ data: { name: 'Demo Shop', slug: DEMO_SLUG }, select: { id: true } });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: 'owner' } });
      await tx.auditLog.create({ data: { workspaceId: workspace.id, actorUserId: user.id, action: 'workspace.created', metadata: { seed: true } } });
      return workspace.id;
    });
  }
  const owner = await db.membership.findFirst({ where: { workspaceId: workspaceId!, role: 'owner' }, select: { userId: true } });
  const channelsConnected = await connectDemoChannels({ workspaceId: workspaceId!, connectedById: owner?.userId ?? null });
  await refreshDemoTrial({ workspaceId: workspaceId! });
  return { created: !existing, channelsConnected, ...DEMO_LOGIN };
}
