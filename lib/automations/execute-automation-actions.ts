// Runs (or, with dryRun, only describes) a rule's actions in order against one conversation.
// Each action reuses the inbox's own domain function, so rules obey the same guards, windows and
// events as people. Actions that can cause automation events pass `origin` on (the loop guard).
// One failing action (a closed messaging window, a deleted label) is recorded and the rest still run.
import { db } from '../db';
import { AppError, isAppError } from '../errors';
import { logger } from '../logger';
import { assignConversation } from '../inbox/assign-conversation';
import { handBackConversation } from '../inbox/hand-back-conversation';
import { applyConversationLabel } from '../inbox/labels/apply-conversation-label';
import { queueOutboundMessage } from '../inbox/queue-outbound-message';
import { setAiHandling } from '../inbox/set-ai-handling';
import { setConversationStatus } from '../inbox/set-conversation-status';
import { stopAiForConversation } from '../inbox/stop-ai-for-conversation';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { AutomationOrigin } from './automation-event.schema';
import type { AutomationAction } from './automation-rule.schema';
import type { AutomationContext } from './automation-system-context';
import { pickRoundRobinAssignee } from './pick-round-robin-assignee';

export type ActionOutcome = { type: AutomationAction['type']; ok: boolean; detail: string };

type Options = {
  ctx: AutomationContext;
  rule: { id: string; name: string; lastAssignedUserId: string | null };
  conversationId: string;
  actions: readonly AutomationAction[];
  origin: AutomationOrigin;
  contactName: string | null;
  channelType: string;
  now: Date;
  dryRun: boolean;
  /** Outcomes of actions a crashed attempt of this run already completed, by index: not run again. */
  done?: ReadonlyMap<number, ActionOutcome>;
  /** Called after each action, before the next one starts (the run's checkpoint). Its errors propagate. */
  onActionDone?: (index: number, outcome: ActionOutcome) => Promise<void>;
};

export async function executeAutomationActions(options: Options): Promise<ActionOutcome[]> {
  const outcomes: ActionOutcome[] = [];
  for (const [index, action] of options.actions.entries()) {
    const previous = options.done?.get(index);
    if (previous) {
      outcomes.push(previous);
      continue;
    }
    let outcome: ActionOutcome;
    try {
      outcome = { type: action.type, ok: true, detail: await runOne(action, options) };
    } catch (error) {
      outcome = { type: action.type, ok: false, detail: isAppError(error) ? error.message : 'Unexpected error' };
      if (!isAppError(error)) logger.error({ err: error, workspaceId: options.ctx.workspace.id, ruleId: options.rule.id, action: action.type }, 'automation action failed');
    }
    // Outside the try: a checkpoint that cannot be written stops the run (the job retries it).
    await options.onActionDone?.(index, outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}

async function memberName(ctx: AutomationContext, userId: string): Promise<string | null> {
  const member = await ctx.db.membership.findFirst({ where: { userId }, select: { user: { select: { name: true } } } });
  return member?.user.name ?? null;
}

async function labelName(ctx: AutomationContext, labelId: string): Promise<string> {
  const label = await ctx.db.label.findFirst({ where: { id: labelId }, select: { name: true } });
  if (!label) throw new AppError('not_found', 'The label no longer exists.');
  return label.name;
}

async function runOne(action: AutomationAction, o: Options): Promise<string> {
  const { ctx, conversationId, dryRun, origin } = o;
  const workspaceId = ctx.workspace.id;
  switch (action.type) {
    case 'assign_member': {
      const name = await memberName(ctx, action.userId);
      if (!name) throw new AppError('bad_request', 'The chosen member is no longer in the workspace.');
      if (dryRun) return `Would assign to ${name}.`;
      const { changed } = await assignConversation({ ctx, conversationId, assigneeId: action.userId });
      return changed ? `Assigned to ${name}.` : `Already assigned to ${name}.`;
    }
    case 'assign_round_robin': {
      const pick = await db.$transaction(async (tx) => {
        // One pick at a time per rule, so two simultaneous conversations do not land on the same
        // "least loaded" member.
        if (!dryRun) await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`automation-rr:${o.rule.id}`}, 0))`;
        const fresh = await tx.automationRule.findFirst({ where: { id: o.rule.id, workspaceId }, select: { lastAssignedUserId: true } });
        const result = await pickRoundRobinAssignee({
          tx, workspaceId, userIds: action.userIds, lastAssignedUserId: fresh?.lastAssignedUserId ?? o.rule.lastAssignedUserId,
          onlineOnly: action.onlineOnly, cap: action.maxOpenPerMember, now: o.now,
        });
        if (!dryRun && result.userId) {
          await tx.automationRule.updateMany({ where: { id: o.rule.id, workspaceId }, data: { lastAssignedUserId: result.userId } });
          const { count } = await tx.conversation.updateMany({ where: { id: conversationId, workspaceId, OR: [{ assigneeId: null }, { assigneeId: { not: result.userId } }] }, data: { assigneeId: result.userId } });
          if (count) await recordInboxEvent({ workspaceId, conversationId, type: 'conversation.updated', payload: { changes: ['assignment'] } }, tx);
        }
        return result;
      });
      if (!pick.userId) throw new AppError('conflict', `Nobody assigned: ${pick.reason}.`);
      const name = (await memberName(ctx, pick.userId)) ?? 'a member';
      const load = pick.candidates.find((c) => c.userId === pick.userId)?.openCount ?? 0;
      return `${dryRun ? 'Would assign' : 'Assigned'} to ${name} (round-robin; ${load} open before).`;
    }
    case 'add_label':
    case 'remove_label': {
      const name = await labelName(ctx, action.labelId);
      const applied = action.type === 'add_label';
      if (dryRun) return `Would ${applied ? 'add' : 'remove'} the label “${name}”.`;
      const { changed } = await applyConversationLabel({ ctx, conversationId, labelId: action.labelId, applied, origin });
      return changed ? `${applied ? 'Added' : 'Removed'} the label “${name}”.` : `The label “${name}” was already ${applied ? 'there' : 'absent'}.`;
    }
    case 'set_status': {
      if (dryRun) return `Would set the status to ${action.status}.`;
      const { changed } = await setConversationStatus({ ctx, conversationId, status: action.status, origin, now: o.now });
      return changed ? `Status set to ${action.status}.` : `Status was already ${action.status}.`;
    }
    case 'snooze': {
      const until = new Date(o.now.getTime() + action.minutes * 60_000);
      if (dryRun) return `Would snooze for ${action.minutes} min (until ${until.toISOString()}).`;
      await setConversationStatus({ ctx, conversationId, status: 'snoozed', snoozedUntil: until, origin, now: o.now });
      return `Snoozed until ${until.toISOString()}.`;
    }
    case 'handoff': {
      if (action.to === 'human') {
        if (dryRun) return 'Would hand the conversation to a human.';
        const result = await stopAiForConversation({ db: ctx.db, workspaceId, conversationId, byUserId: null, now: o.now, needsHuman: true, reason: 'automation', origin });
        if (!result) throw new AppError('not_found', 'Conversation not found');
        return result.changed ? 'Handed to a human.' : 'A human already handles it; flagged as needing a human.';
      }
      const mode = action.to === 'ai_auto' ? 'AI auto-send' : 'AI drafts';
      if (dryRun) return `Would hand the conversation to the AI (${mode}).`;
      await handBackConversation({ ctx, conversationId });
      const { changed } = await setAiHandling({ ctx, conversationId, handling: action.to });
      return `Handed to the AI (${mode})${changed ? '' : ', already in that mode'}.`;
    }
    case 'send_canned': {
      const canned = await ctx.db.cannedResponse.findFirst({ where: { id: action.cannedResponseId }, select: { shortcut: true, body: true } });
      if (!canned) throw new AppError('not_found', 'The canned response no longer exists.');
      if (dryRun) return `Would send /${canned.shortcut}: “${canned.body.slice(0, 80)}”.`;
      await queueOutboundMessage({ ctx, conversationId, content: { type: 'text', text: canned.body }, sender: 'operator', authorUserId: null });
      return `Sent /${canned.shortcut}.`;
    }
    case 'send_template': {
      if (o.channelType !== 'whatsapp') throw new AppError('bad_request', 'Templates can only be sent in WhatsApp conversations.');
      const variables = action.variables.map((v) => v.replaceAll('{contact_name}', o.contactName ?? 'there'));
      if (dryRun) return `Would send the WhatsApp template ${action.name} (${action.language}).`;
      await queueOutboundMessage({ ctx, conversationId, content: { type: 'template', name: action.name, language: action.language, variables }, sender: 'operator', authorUserId: null });
      return `Sent the template ${action.name}.`;
    }
    case 'add_note': {
      const body = `Automation “${o.rule.name}”: ${action.body}`;
      if (dryRun) return `Would post the internal note “${action.body.slice(0, 80)}”.`;
      const note = await ctx.db.conversationNote.create({ data: { workspaceId, conversationId, authorId: null, body, mentionedIds: [] }, select: { id: true } });
      await recordInboxEvent({ workspaceId, conversationId, type: 'note.created', payload: { noteId: note.id, authorId: null, authorName: 'Automation', mentionedIds: [], preview: body } });
      return 'Posted an internal note.';
    }
  }
}
