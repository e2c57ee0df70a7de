// Pure parts of automations: the safe-regex restriction, condition evaluation, the round-robin
// choice and the rule schema's validation messages.
import { describe, expect, it } from 'vitest';
import { automationRuleSchema } from '@/lib/automations/automation-rule.schema';
import { evaluateConditions, type ConversationFacts } from '@/lib/automations/evaluate-conditions';
import { chooseRoundRobin } from '@/lib/automations/pick-round-robin-assignee';
import { REGEX_TEXT_MAX, safeRegexTest, unsafeRegexReason } from '@/lib/automations/safe-regex';

describe('safe regex', () => {
  it.each(['refund', '\\brefund(s|ed)?\\b', '^order #\\d{4,8}$', '(?:cancel|refund) my order', '[a-z]+@[a-z]+\\.com', '(?<word>hello) world', 'a{2,3}b', '(ab)+'])('accepts %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeNull();
  });
  it.each(['(a+)+$', '(a*)*', '(x|xx)+y', '(?:a|b)*c', '((ab)*)+', '(\\d+)*x', '(a)\\1', '(?=a)', '(?<!a)b', '(', 'x'.repeat(201), ''])('refuses %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).not.toBeNull();
  });
  it('matches case-insensitively and only against the first REGEX_TEXT_MAX characters', () => {
    expect(safeRegexTest('refund', 'REFUND please')).toBe(true);
    expect(safeRegexTest('needle', `${'x'.repeat(REGEX_TEXT_MAX)}needle`)).toBe(false);
    expect(safeRegexTest('(a+)+$', 'aaaa')).toBe(false);
  });
});

describe('evaluateConditions', () => {
  const facts: ConversationFacts = { channelType: 'instagram', text: 'Quiero un réfund', labelIds: ['l1'], assigneeId: 'u1', withinBusinessHours: false, contactAttributes: {} };
  it('ANDs every condition and reports each verdict', () => {
    const result = evaluateConditions([{ type: 'text_contains', value: 'REFUND' }, { type: 'channel', channelTypes: ['whatsapp'] }], facts);
    expect(result.passed).toBe(false);
    expect(result.verdicts.map((v) => v.passed)).toEqual([true, false]);
  });
  it('covers label, assignee and business hours', () => {
    expect(evaluateConditions([{ type: 'label', labelId: 'l1', has: true }, { type: 'assignee', is: 'member', userId: 'u1' }, { type: 'business_hours', within: false }], facts).passed).toBe(true);
    expect(evaluateConditions([{ type: 'assignee', is: 'unassigned' }], facts).passed).toBe(false);
    expect(evaluateConditions([], facts).passed).toBe(true);
  });
});

describe('chooseRoundRobin', () => {
  const c = (userId: string, openCount: number, online = true) => ({ userId, openCount, online });
  it('least loaded first, ties rotate after the last assigned member', () => {
    expect(chooseRoundRobin({ order: ['a', 'b', 'c'], candidates: [c('a', 1), c('b', 1), c('c', 1)], lastAssignedUserId: 'a', onlineOnly: true, cap: 0 }).userId).toBe('b');
    expect(chooseRoundRobin({ order: ['a', 'b', 'c'], candidates: [c('a', 1), c('b', 1), c('c', 1)], lastAssignedUserId: 'c', onlineOnly: true, cap: 0 }).userId).toBe('a');
    expect(chooseRoundRobin({ order: ['a', 'b'], candidates: [c('a', 0), c('b', 3)], lastAssignedUserId: 'a', onlineOnly: true, cap: 0 }).userId).toBe('a');
  });
  it('is fair over many picks when every assignment raises the load', () => {
    const loads: Record<string, number> = { a: 0, b: 0, c: 0 };
    let last: string | null = null;
    for (let i = 0; i < 300; i++) {
      const pick = chooseRoundRobin({ order: ['a', 'b', 'c'], candidates: Object.entries(loads).map(([id, n]) => c(id, n)), lastAssignedUserId: last, onlineOnly: true, cap: 0 });
      last = pick.userId!;
      loads[last]!++;
    }
    expect(loads).toEqual({ a: 100, b: 100, c: 100 });
  });
  it('skips offline members and members at the cap, and says why when nobody is left', () => {
    expect(chooseRoundRobin({ order: ['a', 'b'], candidates: [c('a', 0, false), c('b', 5)], lastAssignedUserId: null, onlineOnly: true, cap: 0 }).userId).toBe('b');
    expect(chooseRoundRobin({ order: ['a', 'b'], candidates: [c('a', 0, false), c('b', 5)], lastAssignedUserId: null, onlineOnly: true, cap: 5 })).toMatchObject({ userId: null, reason: 'every available member is at the cap' });
    expect(chooseRoundRobin({ order: ['a'], candidates: [c('a', 0, false)], lastAssignedUserId: null, onlineOnly: true, cap: 0 })).toMatchObject({ userId: null, reason: 'no chosen member is online' });
  });
});

describe('automationRuleSchema', () => {
  it('requires an action, minutes for no_reply, and a member for "assignee is"', () => {
    const result = automationRuleSchema.safeParse({ name: ' ', trigger: 'no_reply', conditions: [{ type: 'assignee', is: 'member' }], actions: [] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'actions', 'conditions.0.userId']));
    const noMinutes = automationRuleSchema.safeParse({ name: 'x', trigger: 'no_reply', actions: [{ type: 'add_note', body: 'x' }] });
    expect(noMinutes.error!.issues.map((i) => i.path.join('.'))).toEqual(['triggerConfig.minutes']);
  });
});
