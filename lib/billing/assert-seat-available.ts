// Seats (members + pending invites) against the plan, checked on the server for every new invite
// and every acceptance, inside the caller's transaction with the workspace row locked so two
// invites racing for the last seat cannot both win. Downgrades remove nobody: a workspace over
// its seats keeps its members but cannot add more.
import type { Prisma } from '../generated/prisma/client';
import { AppError } from '../errors';
import { countSeatsUsed } from './count-plan-usage';
import { getWorkspaceBilling } from './get-workspace-billing';
import { checkSeatLimit } from './plan-limits';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw' | 'membership' | 'invite' | 'channel' | 'agentRun' | 'conversation'>;

async function lockWorkspaceRow(tx: Tx, workspaceId: string) {
  await tx.$queryRaw`select id from "Workspace" where id = ${workspaceId}::uuid for update`;
}

/** A new invite takes a seat. */
export async function assertSeatAvailable(options: { workspaceId: string; tx: Tx; now?: Date }): Promise<void> {
  const { workspaceId, tx } = options;
  await lockWorkspaceRow(tx, workspaceId);
  const { access } = await getWorkspaceBilling({ workspaceId, now: options.now });
  const check = checkSeatLimit({ plan: access.plan, used: await countSeatsUsed(workspaceId, options.now, tx) });
  if (!check.ok) throw new AppError('conflict', check.message, { code: 'plan_limit', limit: 'seats' });
}

/** Accepting an invite turns its reserved seat into a member; refused when members already fill the plan (after a downgrade). */
export async function assertSeatForNewMember(options: { workspaceId: string; tx: Tx }): Promise<void> {
  const { workspaceId, tx } = options;
  await lockWorkspaceRow(tx, workspaceId);
  const { access } = await getWorkspaceBilling({ workspaceId });
  const members = await tx.membership.count({ where: { workspaceId } });
  if (members < access.plan.seats) return;
  throw new AppError(
    'conflict',
    `This workspace has no free seat: its ${access.plan.name} plan includes ${access.plan.seats} and all are taken. Ask the workspace owner to upgrade on the Billing page, then open the invite again.`,
    { code: 'plan_limit', limit: 'seats' },
  );
}
