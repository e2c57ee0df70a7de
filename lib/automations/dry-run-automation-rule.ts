// "What would this rule do to that conversation?" — the conditions' verdicts and each action's
// description, computed with the same code the job uses but with dryRun on: nothing is written,
// nothing is queued, no run is logged.
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { automationSystemContext } from './automation-system-context';
import { evaluateConditions, type ConditionVerdict } from './evaluate-conditions';
import { executeAutomationActions, type ActionOutcome } from './execute-automation-actions';
import { loadConversationFacts } from './load-conversation-facts';
import { parseRuleOrThrow } from './save-automation-rule';

export type DryRunResult = { wouldFire: boolean; verdicts: ConditionVerdict[]; actions: ActionOutcome[]; note: string | null };

export async function dryRunAutomationRule(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; rule: unknown; conversationId: string; now?: Date }): Promise<DryRunResult> {
  const { ctx } = options;
  assertCan(ctx, 'automations.manage');
  const rule = parseRuleOrThrow(options.rule);
  const now = options.now ?? new Date();
  const facts = await loadConversationFacts({ db: ctx.db, workspaceId: ctx.workspace.id, conversationId: options.conversationId, now });
  if (!facts) throw new AppError('not_found', 'That conversation does not exist in this workspace.', { fieldErrors: { conversationId: ['Choose a conversation of this workspace.'] } });
  const { passed, verdicts } = evaluateConditions(rule.conditions, facts);
  const actions = await executeAutomationActions({
    ctx: automationSystemContext(ctx.workspace), rule: { id: '00000000-0000-7000-8000-000000000000', name: rule.name, lastAssignedUserId: null }, conversationId: options.conversationId,
    actions: rule.actions, origin: { chain: [], depth: 0 }, contactName: facts.contactName, channelType: facts.channelType, now, dryRun: true,
  });
  const note = rule.trigger === 'no_reply' ? `Fires when the customer has waited ${rule.triggerConfig.minutes} minutes without a reply.` : null;
  return { wouldFire: passed, verdicts, actions, note };
}
