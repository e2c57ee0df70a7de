// For the simulator's consent screens: which of the simulated accounts are already connected,
// to the workspace asking or to another one. Meta's real dialog knows nothing about Relaydesk,
// but the demo seed connects the first account of each kind to Demo Shop, and pre-selecting it
// in a new workspace made the first connect fail with "already connected to another workspace".
import type { ChannelType } from '../generated/prisma/enums';
import { db } from '../db';

export type SimAccountOwner = 'this_workspace' | 'another_workspace' | null;

/**
 * Unscoped on purpose (dev tools only, 404 in production): it reads which workspace holds each
 * account to label the choices, and returns only "this one / another one", never names or ids.
 */
export async function unsafeDescribeSimAccountOwners(options: { type: ChannelType; externalIds: string[]; workspaceId: string | null }): Promise<Map<string, SimAccountOwner>> {
  const rows = await db.channel.findMany({
    where: { type: options.type, externalId: { in: options.externalIds } },
    select: { externalId: true, workspaceId: true },
  });
  const owners = new Map<string, SimAccountOwner>(options.externalIds.map((id) => [id, null]));
  for (const row of rows) owners.set(row.externalId, row.workspaceId === options.workspaceId ? 'this_workspace' : 'another_workspace');
  return owners;
}

/**
 * The account to pre-select: the first one this workspace can actually connect, or none when
 * every one is held elsewhere (pre-selecting a taken one would lead straight to a refusal).
 */
export function firstConnectableAccount(ids: string[], owners: Map<string, SimAccountOwner>): string | undefined {
  return ids.find((id) => owners.get(id) !== 'another_workspace');
}
