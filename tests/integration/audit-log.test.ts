import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, listAuditLog } from '@/lib/audit/list-audit-log';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { addMember, contextFor, createWorkspaceWithOwner } from '../factories';

describe('listAuditLog', () => {
  it('pages newest first by (createdAt, id), filters, and joins the actor', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const admin = await addMember(workspace.id, 'admin');
    const base = Date.UTC(2026, 0, 1);
    // 120 entries, several sharing a timestamp, to exercise the id tie-breaker.
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        workspaceId: workspace.id,
        actorUserId: i % 2 ? owner.id : admin.id,
        action: i % 3 ? 'invite.sent' : 'member.removed',
        ipAddress: '192.0.2.1',
        createdAt: new Date(base + Math.floor(i / 4) * 60_000),
      })),
    });
    const ctx = await contextFor(owner.id, workspace.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditLog({ ctx, cursor });
      pages++;
      expect(page.entries.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(120);
    const all = await db.auditLog.findMany({ where: { workspaceId: workspace.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(seen).toEqual(all.map((r) => r.id));

    const first = await listAuditLog({ ctx });
    expect(first.entries[0]!.actor).toMatchObject({ name: expect.any(String), email: expect.stringContaining('@') });
    expect(first.entries[0]!.ipAddress).toBe('192.0.2.1');

    const removed = await listAuditLog({ ctx, action: 'member.', actorUserId: admin.id });
    expect(removed.entries.length).toBeGreaterThan(0);
    expect(removed.entries.every((e) => e.action === 'member.removed' && e.actor?.id === admin.id)).toBe(true);

    const ranged = await listAuditLog({ ctx, from: new Date(base + 10 * 60_000), to: new Date(base + 12 * 60_000) });
    expect(ranged.entries).toHaveLength(8);
  });

  it('requires audit.view and never shows another workspace', async () => {
    const a = await createWorkspaceWithOwner();
    const b = await createWorkspaceWithOwner();
    await db.auditLog.create({ data: { workspaceId: b.workspace.id, actorUserId: b.owner.id, action: 'workspace.renamed' } });
    await db.auditLog.create({ data: { workspaceId: a.workspace.id, actorUserId: a.owner.id, action: 'workspace.renamed' } });
    const agent = await addMember(a.workspace.id, 'agent');
    const error = await listAuditLog({ ctx: await contextFor(agent.id, a.workspace.id) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('forbidden');

    const ctxA = await contextFor(a.owner.id, a.workspace.id);
    const page = await listAuditLog({ ctx: ctxA, actorUserId: b.owner.id });
    expect(page.entries).toEqual([]);
    const all = await listAuditLog({ ctx: ctxA });
    expect(all.entries.map((e) => e.actor?.id)).toEqual([a.owner.id]);
  });

  it('rejects a tampered cursor', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const error = await listAuditLog({ ctx: await contextFor(owner.id, workspace.id), cursor: 'garbage' }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('bad_request');
  });
});
