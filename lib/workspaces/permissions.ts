// The permission matrix (docs/permissions.md renders the same table). Checked on the server
// for every action; the UI only hides what the server would refuse anyway.
import type { Role } from '../generated/prisma/enums';

const all: readonly Role[] = ['owner', 'admin', 'agent'];
const managers: readonly Role[] = ['owner', 'admin'];

export const permissionMatrix = {
  'inbox.use': all,
  'team.view': all,
  'team.invite': managers,
  'team.manage': managers,
  'workspace.rename': managers,
  'workspace.transfer-ownership': ['owner'],
  'channels.manage': managers,
  'agent.configure': managers,
  'settings.manage': managers,
  'canned-responses.manage': managers,
  'audit.view': managers,
  'billing.manage': ['owner'],
  'data.export': managers,
  'data.delete': managers,
  'workspace.export': ['owner'],
  'workspace.close': ['owner'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionMatrix;

export function can(role: Role, permission: Permission): boolean {
  return (permissionMatrix[permission] as readonly Role[]).includes(role);
}

/**
 * Extra rule for member management: admins manage agents and admins, but only owners may
 * grant, change or remove the owner role.
 */
export function canManageMember(actor: Role, target: Role, newRole?: Role): boolean {
  if (!can(actor, 'team.manage')) return false;
  if (actor === 'owner') return true;
  return target !== 'owner' && newRole !== 'owner';
}
