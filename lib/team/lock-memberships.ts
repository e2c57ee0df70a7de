import { AppError } from '../errors';
import type { Role } from '../generated/prisma/enums';
import type { ScopedDb } from '../workspaces/scoped-db';

type Tx = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

/**
 * Locks the workspace row for the rest of the transaction, so two concurrent demotions or
 * removals cannot both see "another owner exists" and leave the workspace ownerless.
 */
export async function lockWorkspace(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$queryRaw`select id from "Workspace" where id = ${workspaceId}::uuid for update`;
}

export async function getMembershipOrThrow(tx: Tx, userId: string): Promise<{ id: string; role: Role; userId: string }> {
  const membership = await tx.membership.findFirst({ where: { userId }, select: { id: true, role: true, userId: true } });
  if (!membership) throw new AppError('not_found', 'That person is not a member of this workspace.');
  return membership;
}

export async function assertNotLastOwner(tx: Tx, target: { role: Role }, message: string): Promise<void> {
  if (target.role !== 'owner') return;
  const owners = await tx.membership.count({ where: { role: 'owner' } });
  if (owners <= 1) throw new AppError('conflict', message);
}

export type { Tx as ScopedTx };
