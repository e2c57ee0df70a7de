// Issue 17: the "contact field" condition on the real database — every operator of every
// attribute type (text, number, date, select, set / empty) through the job path and the dry-run,
// merged identities reading their person's values, and tenant isolation: a rule cannot name
// another workspace's attribute, nor an operator or value that does not suit the type.
import { randomBytes } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AutomationCondition } from '@/lib/automations/automation-rule.schema';
import { dryRunAutomationRule } from '@/lib/automations/dry-run-automation-rule';
import { runAutomationsForEvent } from '@/lib/automations/run-automations-for-event';
import { saveAutomationRule } from '@/lib/automations/save-automation-rule';
import { createContactAttribute } from '@/lib/contacts/attributes/create-contact-attribute';
import { mergeContacts } from '@/lib/contacts/merge-contacts';
import { updateContact } from '@/lib/contacts/update-contact';
import { db } from '@/lib/db';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let ig: { id: string; workspaceId: string };
const attr: Record<'company' | 'orders' | 'renewal' | 'plan', string> = { company: '', orders: '', renewal: '', plan: '' };
let otherAttrId: string;
/** A conversation whose person has company "Acme Corp", orders 12, renewal 2027-03-01, plan Gold. */
let filled: { conversationId: string; contactId: string };
/** A conversation whose person has no attribute values. */
let blank: { conversationId: string; contactId: string };

async function conversationWith(values: Record<string, string> | null) {
  const { conversation, contact } = await createConversation(ig);
  await createInboundMessage({ channel: ig, conversationId: conversation.id, text: 'hello' });
  if (values) await updateContact({ ctx, contactId: contact.id, fields: { attributes: values } });
  return { conversationId: conversation.id, contactId: contact.id };
}

const condition = (key: keyof typeof attr, operator: string, value = '') => ({ type: 'contact_attribute', attributeId: attr[key], operator, value }) as AutomationCondition;
const wouldFire = async (conversationId: string, c: AutomationCondition) =>
  (await dryRunAutomationRule({ ctx, conversationId, rule: { name: 'dry', trigger: 'message_received', conditions: [c], actions: [{ type: 'add_note', body: 'x' }] } })).wouldFire;

beforeAll(async () => {
  ({ ctx, otherCtx } = await twoWorkspaceContexts());
  ig = await createChannel(ctx.workspace.id, 'instagram');
  attr.company = (await createContactAttribute({ ctx, key: 'company', label: 'Company', type: 'text', options: [] })).id;
  attr.orders = (await createContactAttribute({ ctx, key: 'orders', label: 'Orders', type: 'number', options: [] })).id;
  attr.renewal = (await createContactAttribute({ ctx, key: 'renewal', label: 'Renewal', type: 'date', options: [] })).id;
  attr.plan = (await createContactAttribute({ ctx, key: 'plan', label: 'Plan', type: 'select', options: ['Free', 'Gold'] })).id;
  otherAttrId = (await createContactAttribute({ ctx: otherCtx, key: 'plan', label: 'Plan', type: 'select', options: ['Gold'] })).id;
  filled = await conversationWith({ company: 'Acme Corp', orders: '12', renewal: '2027-03-01', plan: 'Gold' });
  blank = await conversationWith(null);
});

beforeEach(async () => {
  await db.automationRule.deleteMany({ where: { workspaceId: ctx.workspace.id } });
});

describe('contact field condition: operators per type (dry-run and job)', () => {
  it('text: equals (case- and accent-insensitive), contains', async () => {
    expect(await wouldFire(filled.conversationId, condition('company', 'equals', 'acme corp'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('company', 'equals', 'Acme'))).toBe(false);
    expect(await wouldFire(filled.conversationId, condition('company', 'contains', 'CORP'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('company', 'contains', 'Globex'))).toBe(false);
    expect(await wouldFire(blank.conversationId, condition('company', 'contains', 'Acme'))).toBe(false);
  });

  it('number: =, <, >', async () => {
    expect(await wouldFire(filled.conversationId, condition('orders', 'eq', '12'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('orders', 'eq', '11'))).toBe(false);
    expect(await wouldFire(filled.conversationId, condition('orders', 'lt', '13'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('orders', 'lt', '12'))).toBe(false);
    expect(await wouldFire(filled.conversationId, condition('orders', 'gt', '9.5'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('orders', 'gt', '100'))).toBe(false);
    // No value: neither less nor more.
    expect(await wouldFire(blank.conversationId, condition('orders', 'lt', '100'))).toBe(false);
  });

  it('date: before, after', async () => {
    expect(await wouldFire(filled.conversationId, condition('renewal', 'before', '2027-03-02'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('renewal', 'before', '2027-03-01'))).toBe(false);
    expect(await wouldFire(filled.conversationId, condition('renewal', 'after', '2026-12-31'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('renewal', 'after', '2027-03-01'))).toBe(false);
  });

  it('select: is, is not (an empty field "is not Gold")', async () => {
    expect(await wouldFire(filled.conversationId, condition('plan', 'is', 'Gold'))).toBe(true);
    expect(await wouldFire(filled.conversationId, condition('plan', 'is', 'Free'))).toBe(false);
    expect(await wouldFire(filled.conversationId, condition('plan', 'is_not', 'Gold'))).toBe(false);
    expect(await wouldFire(blank.conversationId, condition('plan', 'is_not', 'Gold'))).toBe(true);
  });

  it('is set / is empty, for every type', async () => {
    for (const key of ['company', 'orders', 'renewal', 'plan'] as const) {
      expect(await wouldFire(filled.conversationId, condition(key, 'is_set'))).toBe(true);
      expect(await wouldFire(filled.conversationId, condition(key, 'is_empty'))).toBe(false);
      expect(await wouldFire(blank.conversationId, condition(key, 'is_set'))).toBe(false);
      expect(await wouldFire(blank.conversationId, condition(key, 'is_empty'))).toBe(true);
    }
  });

  it('the job fires a saved rule only for the matching person, and a merged identity reads its person\'s values', async () => {
    const { id: ruleId } = await saveAutomationRule({ ctx, rule: { name: 'Gold customers', trigger: 'message_received', conditions: [condition('plan', 'is', 'Gold'), condition('orders', 'gt', '10')], actions: [{ type: 'add_note', body: 'Gold' }] } });
    const run = (conversationId: string) => runAutomationsForEvent({ workspaceId: ctx.workspace.id, trigger: 'message_received', conversationId, eventKey: `m:${randomBytes(4).toString('hex')}` });
    expect((await run(filled.conversationId)).fired).toEqual([ruleId]);
    expect((await run(blank.conversationId)).fired).toEqual([]);
    const identity = await conversationWith(null);
    expect((await run(identity.conversationId)).fired).toEqual([]);
    await mergeContacts({ ctx, targetContactId: filled.contactId, sourceContactId: identity.contactId });
    expect((await run(identity.conversationId)).fired).toEqual([ruleId]);
  });
});

describe('contact field condition: validation and isolation', () => {
  const save = (c: AutomationCondition, as = ctx) => saveAutomationRule({ ctx: as, rule: { name: 'r', trigger: 'message_received', conditions: [c], actions: [{ type: 'add_note', body: 'x' }] } });

  it("refuses another workspace's attribute id", async () => {
    await expect(save({ type: 'contact_attribute', attributeId: otherAttrId, operator: 'is', value: 'Gold' })).rejects.toMatchObject({
      code: 'bad_request', details: { fieldErrors: { 'conditions.0.attributeId': ['Choose a contact field of this workspace.'] } },
    });
    expect(await db.automationRule.count({ where: { workspaceId: ctx.workspace.id } })).toBe(0);
    // And a dry-run naming it can never match (the foreign attribute is invisible here).
    expect(await wouldFire(filled.conversationId, { type: 'contact_attribute', attributeId: otherAttrId, operator: 'is_set', value: '' })).toBe(false);
  });

  it('refuses an operator that does not suit the type, and a value the field could not hold', async () => {
    await expect(save(condition('orders', 'contains', '1'))).rejects.toMatchObject({ details: { fieldErrors: { 'conditions.0.operator': [expect.stringContaining('number field')] } } });
    await expect(save(condition('orders', 'gt', 'ten'))).rejects.toMatchObject({ details: { fieldErrors: { 'conditions.0.value': ['Orders: enter a number.'] } } });
    await expect(save(condition('renewal', 'before', '03/01/2027'))).rejects.toMatchObject({ details: { fieldErrors: { 'conditions.0.value': ['Renewal: enter a date as YYYY-MM-DD.'] } } });
    await expect(save(condition('plan', 'is', 'Platinum'))).rejects.toMatchObject({ details: { fieldErrors: { 'conditions.0.value': [expect.stringContaining('choose one of Free, Gold')] } } });
    await expect(save(condition('company', 'equals', ''))).rejects.toMatchObject({ details: { fieldErrors: { 'conditions.0.value': ['Enter the value to compare with.'] } } });
    expect(await save(condition('company', 'is_empty'))).toMatchObject({ id: expect.any(String) });
  });
});
