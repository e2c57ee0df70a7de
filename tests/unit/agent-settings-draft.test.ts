// The Settings form → Playground hand-over through sessionStorage: absent, unreadable, invalid
// (with errors by path) or ready drafts.
import { describe, expect, it } from 'vitest';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { toFormState } from '@/lib/agent/agent-settings-form-state';
import { readSettingsDraft, restorableDraft, serializeSettingsDraft, settingsDraftKey } from '@/lib/agent/playground/settings-draft';

describe('settings draft', () => {
  it('is keyed per workspace', () => {
    expect(settingsDraftKey('a')).not.toBe(settingsDraftKey('b'));
  });

  it('reads back a valid draft as the raw form input', () => {
    const state = { ...toFormState(defaultAgentSettings()), products: [{ name: 'Candle', description: '', price: '19.90', currency: 'EUR', url: '', imageUrl: '' }] };
    const draft = readSettingsDraft(serializeSettingsDraft(state, 3, new Date('2026-06-01T10:00:00Z')));
    expect(draft).toMatchObject({ status: 'ready', baseVersion: 3, savedAt: '2026-06-01T10:00:00.000Z' });
    expect(draft.status === 'ready' && draft.settings.products?.[0]).toMatchObject({ price: '19.90' });
  });

  it('reports absent, unreadable and invalid drafts', () => {
    expect(readSettingsDraft(null)).toEqual({ status: 'absent' });
    expect(readSettingsDraft('{oops')).toEqual({ status: 'unreadable' });
    expect(readSettingsDraft(JSON.stringify({ v: 2, settings: {} }))).toEqual({ status: 'unreadable' });
    const state = { ...toFormState(defaultAgentSettings()), name: '', guardrails: { blockedPhrases: [], maxRepliesPerHour: 0 } };
    const draft = readSettingsDraft(serializeSettingsDraft(state, 0));
    expect(draft.status).toBe('invalid');
    expect(draft.status === 'invalid' && Object.keys(draft.fieldErrors).sort()).toEqual(['guardrails.maxRepliesPerHour', 'name']);
  });
});

describe('restorableDraft', () => {
  it('brings back unsaved changes only when they were made on the version now saved', () => {
    const state = { ...toFormState(defaultAgentSettings()), name: 'Unsaved name' };
    const raw = serializeSettingsDraft(state, 4);
    expect(restorableDraft(raw, 4)).toMatchObject({ name: 'Unsaved name' });
    expect(restorableDraft(raw, 5)).toBeNull();
    expect(restorableDraft(null, 4)).toBeNull();
    expect(restorableDraft('{broken', 4)).toBeNull();
    expect(restorableDraft(serializeSettingsDraft(['not', 'an', 'object'], 4), 4)).toBeNull();
  });
});
