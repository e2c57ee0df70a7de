// Small factories for integration tests. Domain functions take a WorkspaceContext explicitly,
// so tests build one straight from the database instead of going through cookies.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { can } from '@/lib/workspaces/permissions';
import { scopedDb } from '@/lib/workspaces/scoped-db';

// A real argon2id hash is slow to compute; tests that log in hash their own password.
const UNUSABLE_HASH = '$argon2id$v=19$m=19456,t=2,p=1$dGVzdHRlc3R0ZXN0$dGVzdA';

export async function createUser(overrides: { email?: string; name?: string; passwordHash?: string } = {}) {
  const suffix = randomBytes(4).toString('hex');
  return db.user.create({
    data: {
      email: (overrides.email ?? `user-${suffix}@example.test`).toLowerCase(),
      name: overrides.name ?? `User ${suffix}`,
      passwordHash: overrides.passwordHash ?? UNUSABLE_HASH,
      emailVerifiedAt: new Date(),
    },
    select: { id: true, email: true, name: true },
  });
}

/**
 * A workspace with its owner. Billing: by default an active Scale subscription (the largest
 * limits, all history), so tests about other things are not limited by a plan; billing tests
 * pass `plan: 'trial'` (a fresh 14-day trial) or a smaller paid plan.
 */
export async function createWorkspaceWithOwner(options: { name?: string; plan?: 'trial' | 'starter' | 'growth' | 'scale' } = {}) {
  const owner = await createUser();
  const name = options.name ?? `Workspace ${randomBytes(3).toString('hex')}`;
  const workspace = await db.workspace.create({ data: { name, slug: `ws-${randomBytes(6).toString('hex')}` }, select: { id: true, name: true, slug: true } });
  await db.membership.create({ data: { workspaceId: workspace.id, userId: owner.id, role: 'owner' } });
  await setWorkspacePlan(workspace.id, options.plan ?? 'scale');
  return { workspace, owner };
}

/** Puts a workspace on a fresh trial or an active paid subscription (as if Stripe said so). */
export async function setWorkspacePlan(workspaceId: string, plan: 'trial' | 'starter' | 'growth' | 'scale', options: { trialEndsAt?: Date } = {}) {
  const trialEndsAt = options.trialEndsAt ?? new Date(Date.now() + 14 * 86_400_000);
  const paid = plan === 'trial'
    ? { stripeSubscriptionId: null, subscriptionStatus: null, plan: null, period: null, currentPeriodEnd: null }
    : { stripeSubscriptionId: `sub_factory_${randomBytes(6).toString('hex')}`, subscriptionStatus: 'active', plan, period: 'monthly' as const, currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000) };
  await db.workspaceBilling.upsert({
    where: { workspaceId },
    create: { workspaceId, trialEndsAt, welcomeEmailedAt: new Date(), ...paid },
    update: { trialEndsAt, ...paid },
  });
}

export async function addMember(workspaceId: string, role: Role, overrides: { email?: string } = {}) {
  const user = await createUser(overrides);
  await db.membership.create({ data: { workspaceId, userId: user.id, role } });
  return user;
}

/** A WorkspaceContext for `userId` in `workspaceId`, with a fake session (no cookies involved). */
export async function contextFor(userId: string, workspaceId: string): Promise<WorkspaceContext> {
  const membership = await db.membership.findUniqueOrThrow({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } }, user: { select: { id: true, email: true, name: true, emailVerifiedAt: true } } },
  });
  const session = { id: '00000000-0000-7000-8000-000000000000', currentWorkspaceId: workspaceId, user: membership.user };
  return {
    session,
    user: membership.user,
    workspace: membership.workspace,
    role: membership.role,
    db: scopedDb(workspaceId),
    can: (permission) => can(membership.role, permission),
  };
}

export async function createSessionRow(userId: string) {
  return db.session.create({ data: { userId, expiresAt: new Date(Date.now() + 3600_000) }, select: { id: true } });
}

/** Two workspaces with an owner each, and a context for each owner: the usual isolation setup. */
export async function twoWorkspaceContexts() {
  const a = await createWorkspaceWithOwner({ name: 'A' });
  const b = await createWorkspaceWithOwner({ name: 'B' });
  return { workspaceId: a.workspace.id, ctx: await contextFor(a.owner.id, a.workspace.id), otherCtx: await contextFor(b.owner.id, b.workspace.id) };
}
