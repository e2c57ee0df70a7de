// Canned responses: admins manage them, everyone with inbox access lists them, shortcuts are
// unique per workspace, and nothing crosses workspaces.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createCannedResponseSchema } from '@/lib/inbox/canned-responses/canned-response.schema';
import { createCannedResponse } from '@/lib/inbox/canned-responses/create-canned-response';
import { deleteCannedResponse } from '@/lib/inbox/canned-responses/delete-canned-response';
import { listCannedResponses } from '@/lib/inbox/canned-responses/list-canned-responses';
import { updateCannedResponse } from '@/lib/inbox/canned-responses/update-canned-response';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;

beforeAll(async () => {
  let workspaceId: string;
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  agentCtx = await contextFor((await addMember(workspaceId, 'agent')).id, workspaceId);
});

describe('canned responses', () => {
  it('create, list, edit, delete (audited)', async () => {
    const { id } = await createCannedResponse({ ctx, shortcut: 'hours', body: 'We are open 9–17, Monday to Friday.' });
    await createCannedResponse({ ctx, shortcut: 'address', body: 'Main Street 1' });
    expect(await listCannedResponses({ ctx: agentCtx })).toEqual([
      { id: expect.any(String), shortcut: 'address', body: 'Main Street 1' },
      { id, shortcut: 'hours', body: 'We are open 9–17, Monday to Friday.' },
    ]);
    await updateCannedResponse({ ctx, id, shortcut: 'opening-hours', body: 'Open 9–18 now.' });
    expect((await listCannedResponses({ ctx })).find((c) => c.id === id)).toMatchObject({ shortcut: 'opening-hours', body: 'Open 9–18 now.' });
    await deleteCannedResponse({ ctx, id });
    expect((await listCannedResponses({ ctx })).map((c) => c.shortcut)).toEqual(['address']);
    const audit = await db.auditLog.findMany({ where: { workspaceId: ctx.workspace.id, targetId: id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['canned_response.created', 'canned_response.updated', 'canned_response.deleted']);
  });

  it('a taken shortcut is a field error, in create and in edit; another workspace may reuse it', async () => {
    await createCannedResponse({ ctx, shortcut: 'thanks', body: 'Thank you!' });
    await expect(createCannedResponse({ ctx, shortcut: 'thanks', body: 'Again' })).rejects.toMatchObject({ code: 'conflict', details: { fieldErrors: { shortcut: [expect.stringMatching(/already used/)] } } });
    const { id } = await createCannedResponse({ ctx, shortcut: 'thx', body: 'Thx' });
    await expect(updateCannedResponse({ ctx, id, shortcut: 'thanks', body: 'Thx' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(createCannedResponse({ ctx: otherCtx, shortcut: 'thanks', body: 'B thanks' })).resolves.toBeTruthy();
  });

  it('agents may not manage them; another workspace cannot see, edit or delete them', async () => {
    await expect(createCannedResponse({ ctx: agentCtx, shortcut: 'agent', body: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    const { id } = await createCannedResponse({ ctx, shortcut: 'private-a', body: 'A only' });
    await expect(updateCannedResponse({ ctx: agentCtx, id, shortcut: 'x', body: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteCannedResponse({ ctx: agentCtx, id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listCannedResponses({ ctx: otherCtx })).map((c) => c.shortcut)).not.toContain('private-a');
    await expect(updateCannedResponse({ ctx: otherCtx, id, shortcut: 'pwned', body: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteCannedResponse({ ctx: otherCtx, id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.cannedResponse.findUniqueOrThrow({ where: { id } })).toMatchObject({ shortcut: 'private-a', body: 'A only' });
  });

  it('the schema lowercases shortcuts and caps the body at 1000 characters', () => {
    expect(createCannedResponseSchema.parse({ shortcut: ' Hours ', body: ' x ' })).toEqual({ shortcut: 'hours', body: 'x' });
    expect(createCannedResponseSchema.safeParse({ shortcut: 'two words', body: 'x' }).success).toBe(false);
    expect(createCannedResponseSchema.safeParse({ shortcut: 'ok', body: 'x'.repeat(1001) }).success).toBe(false);
  });
});
