import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import { can, canManageMember, permissionMatrix, type Permission } from '@/lib/workspaces/permissions';

const roles: Role[] = ['owner', 'admin', 'agent'];

/** The roles × permissions table in docs/permissions.md, as { permission: roles[] }. */
function parseDocTable(): Record<string, Role[]> {
  const markdown = readFileSync(path.join(import.meta.dirname, '../../docs/permissions.md'), 'utf8');
  const lines = markdown.split('\n').filter((line) => line.trim().startsWith('|'));
  const header = lines[0]!.split('|').slice(1, -1).map((cell) => cell.trim());
  expect(header).toEqual(['Permission', ...roles]);
  const out: Record<string, Role[]> = {};
  for (const line of lines.slice(2)) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const permission = cells[0]!.replace(/`/g, '');
    out[permission] = roles.filter((_, i) => {
      const cell = cells[i + 1];
      expect(['✓', '']).toContain(cell);
      return cell === '✓';
    });
  }
  return out;
}

describe('docs/permissions.md', () => {
  it('matches permissionMatrix exactly', () => {
    const expected = Object.fromEntries(Object.entries(permissionMatrix).map(([permission, allowed]) => [permission, roles.filter((r) => (allowed as readonly Role[]).includes(r))]));
    expect(parseDocTable()).toEqual(expected);
  });
});

describe('can', () => {
  it('follows the matrix for every role and permission', () => {
    for (const permission of Object.keys(permissionMatrix) as Permission[]) {
      for (const role of roles) expect(can(role, permission)).toBe((permissionMatrix[permission] as readonly Role[]).includes(role));
    }
  });

  it('keeps the sensitive ones tight', () => {
    expect(can('agent', 'team.invite')).toBe(false);
    expect(can('agent', 'audit.view')).toBe(false);
    expect(can('admin', 'workspace.transfer-ownership')).toBe(false);
    expect(can('admin', 'billing.manage')).toBe(false);
    expect(can('agent', 'inbox.use')).toBe(true);
  });
});

describe('canManageMember', () => {
  it('lets owners do anything', () => {
    for (const target of roles) for (const next of roles) expect(canManageMember('owner', target, next)).toBe(true);
  });

  it('lets admins manage admins and agents, never the owner role', () => {
    expect(canManageMember('admin', 'agent', 'admin')).toBe(true);
    expect(canManageMember('admin', 'admin', 'agent')).toBe(true);
    expect(canManageMember('admin', 'agent')).toBe(true);
    expect(canManageMember('admin', 'agent', 'owner')).toBe(false);
    expect(canManageMember('admin', 'owner')).toBe(false);
    expect(canManageMember('admin', 'owner', 'admin')).toBe(false);
  });

  it('never lets agents manage anyone', () => {
    for (const target of roles) {
      expect(canManageMember('agent', target)).toBe(false);
      for (const next of roles) expect(canManageMember('agent', target, next)).toBe(false);
    }
  });
});
