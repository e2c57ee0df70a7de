// Characters Postgres cannot store (NUL) and half emojis (lone surrogates) are stopped at the
// input boundary: the inbox search drops them, forms answer with a field error. Before, a NUL
// reached the database and the user got a 500 or "Something went wrong".
import { describe, expect, it, vi } from 'vitest';
import { saveAgentSettingsAction } from '@/app/(app)/agent/actions';
import { createCannedResponseAction } from '@/app/(app)/settings/canned-responses/actions';
import { createLabelAction } from '@/app/(app)/settings/labels/actions';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { db } from '@/lib/db';
import { conversationFiltersSchema } from '@/lib/inbox/conversation-filters.schema';
import { listConversations } from '@/lib/inbox/list-conversations';
import { logger } from '@/lib/logger';
import { unstorableTextMessage } from '@/lib/validation/unstorable-text';
import { contextFor, createWorkspaceWithOwner } from '../factories';
import { form, signInAs } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

const NUL = '\u0000';
const LONE_SURROGATE = '\uD83D';

describe('unstorable characters at the boundary', () => {
  it('the inbox search drops NUL bytes and lone surrogates instead of failing', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const ctx = await contextFor(owner.id, workspace.id);
    for (const q of [`pay${NUL}ment`, `${NUL}`, `refund ${LONE_SURROGATE}`, `\uDC00x`]) {
      const filters = conversationFiltersSchema.parse({ q });
      expect(filters.q ?? '').not.toMatch(/\u0000|[\uD800-\uDFFF]/);
      await expect(listConversations({ ctx, filters })).resolves.toBeDefined();
    }
    expect(conversationFiltersSchema.parse({ q: `pay${NUL}ment` }).q).toBe('payment');
    expect(conversationFiltersSchema.parse({ q: NUL }).q).toBeUndefined();
    // A whole emoji is text like any other.
    expect(conversationFiltersSchema.parse({ q: 'thanks 😀' }).q).toBe('thanks 😀');
  });

  it('forms answer with a field error, store nothing, and log no error', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    await signInAs(owner.id, workspace.id);
    const errors = vi.spyOn(logger, 'error');
    const label = await createLabelAction({ ok: false, error: '' }, form({ name: `Urgent${NUL}`, color: '#dc2626' }));
    expect(label).toMatchObject({ ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { name: [unstorableTextMessage] } });
    // (FormData itself turns lone surrogates into U+FFFD; they arrive through JSON fields, below.)
    const canned = await createCannedResponseAction({ ok: false, error: '' }, form({ shortcut: 'hours', body: `We open at 9${NUL}` }));
    expect(canned).toMatchObject({ ok: false, fieldErrors: { body: [unstorableTextMessage] } });
    expect(await db.label.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await db.cannedResponse.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('text inside a JSON field is checked too (agent settings)', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    await signInAs(owner.id, workspace.id);
    const settings = { ...defaultAgentSettings(), faq: [{ question: `Hours ${LONE_SURROGATE}?`, answer: `Nine to five${NUL}` }] };
    const result = await saveAgentSettingsAction({ ok: false, error: '' }, form({ settings: JSON.stringify(settings), expectedVersion: '0', note: '' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { 'settings.faq.0.question': [unstorableTextMessage], 'settings.faq.0.answer': [unstorableTextMessage] } });
    expect(await db.agentSettingsVersion.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});
