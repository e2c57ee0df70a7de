// One agent turn for one inbound customer message (the agent-reply job): decide whether and how
// to answer, compose, then draft, send or hand off — recorded as one AgentRun. Idempotent: the
// run row is inserted first under its unique (workspaceId, triggerMessageId, kind), so a
// re-delivered job finds it and does nothing twice; sends use ids derived from the run, so even
// a crash between "sent" and "recorded" cannot send twice.
import { createHash } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client';
import type { ChannelType, ConversationHandling, ConversationKind, MessageKind } from '../../generated/prisma/enums';
import { AppError } from '../../errors';
import { createReplyDraft } from '../../inbox/drafts/create-reply-draft';
import { deliverOutboundMessage } from '../../inbox/deliver-outbound-message';
import { queueOutboundMessage } from '../../inbox/queue-outbound-message';
import { enqueue } from '../../jobs/enqueue';
import { privateRepliesQuery } from '../../inbox/send-window-context';
import { stopAiForConversation } from '../../inbox/stop-ai-for-conversation';
import type { Logger } from '../../logger';
import { messagingWindow, PRIVATE_REPLY_WINDOW_MS, type SendMode } from '../../meta/messaging-window';
import { queueHandoffAlerts } from '../../notifications/queue-handoff-alerts';
import { getAgentSettings } from '../agent-settings';
import { introWithDisclosure, type AgentSettings } from '../agent-settings.schema';
import type { ComposeResult, Turn } from '../engine/compose-reply.types';
import type { SourceRef } from '../engine/grounding';
import { isProviderError } from '../providers/agent-provider';
import { alertOwnersCapReachedOnce } from '../usage/monthly-cap';
import { alertOwnersAiLimitReachedOnce } from '../../billing/ai-reply-allowance';
import { loadTurnLimits } from './load-turn-limits';
import type { BillingAccess } from '../../billing/billing-access';
import { countGuardrailTurns, UNRESOLVED_REASON } from './agent-run-counters';
import { isFirstContact, loadTurnStart } from './turn-lookups';
import type { AgentRuntimeDeps, ResolvedProvider } from './agent-runtime-deps.types';
import { agentSystemContext, type AgentSystemContext } from './agent-system-context';
import { commentMatchesKeywords, decideAgentMode } from './decide-agent-mode';

export const HISTORY_TURNS = 20;
const SKIPPED_KINDS: ReadonlySet<MessageKind> = new Set(['reaction', 'unsupported']);

export type AgentTurnOutcome =
  | { status: 'missing' }
  | { status: 'duplicate'; runId: string }
  | { status: 'skipped' | 'drafted' | 'sent' | 'handed_off'; runId: string; reason?: string | null };

export type RunAgentTurnOptions = {
  workspaceId: string;
  messageId: string;
  attempt: number;
  maxAttempts: number;
  deps: AgentRuntimeDeps;
  log: Logger;
  now?: Date;
};

export async function runAgentTurn(options: RunAgentTurnOptions): Promise<AgentTurnOutcome> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const loaded = await loadTurnStart(options.workspaceId, options.messageId);
  if (!loaded) return { status: 'missing' };
  const { workspace, settingsVersion, trigger, latestInboundId } = loaded;
  const ctx = agentSystemContext(workspace);
  if (!trigger) return { status: 'missing' };
  const conversation = trigger.conversation;
  const kind = conversation.kind === 'comment_thread' ? 'comment' : 'reply';

  const claimed = await claimRun({ ctx, conversationId: conversation.id, messageId: trigger.id, kind });
  if (!claimed.fresh && claimed.status !== 'running') return { status: 'duplicate', runId: claimed.id };
  const runId = claimed.id;
  const log = options.log.child({ runId, workspaceId: workspace.id, conversationId: conversation.id });
  // Mode, provider and model are known before the provider call but written with the outcome (one
  // update per run, not two); a run interrupted in between stays 'running' and its retry sets them.
  let decidedFields: Prisma.AgentRunUpdateInput = {};
  const finish = (data: Prisma.AgentRunUpdateInput) => ctx.db.agentRun.update({ where: { id: runId }, data: { ...decidedFields, ...data, finishedAt: new Date(), latencyMs: Date.now() - started } });
  const skip = async (reason: string, mode = 'draft'): Promise<AgentTurnOutcome> => {
    await finish({ status: 'skipped', reason, mode });
    log.info({ reason }, 'agent turn skipped');
    return { status: 'skipped', runId, reason };
  };

  // Cheap refusals first: nothing to answer, or nobody may be answered.
  if (trigger.direction !== 'inbound' || trigger.sender !== 'customer') return skip('from_business');
  if (SKIPPED_KINDS.has(trigger.kind)) return skip(trigger.kind === 'reaction' ? 'reaction' : 'unsupported_kind');
  if (conversation.status === 'closed' || conversation.status === 'snoozed') return skip(`conversation_${conversation.status}`);
  if (conversation.channel.status !== 'active') return skip('channel_inactive');
  // Debounce: a burst of messages is answered once, by the job of the newest one.
  if (latestInboundId && latestInboundId !== trigger.id) return skip('superseded');
  // Nobody can send a text here any more (IG/Messenger: more than 7 days since the customer's
  // last message; WhatsApp after 24 h: templates only), so a draft would cost tokens and sit
  // above a composer that refuses it. Between 24 h and 7 days on IG/Messenger an operator can
  // still reply (HUMAN_AGENT), so the AI drafts for them.
  if (kind === 'reply' && !textReplyPossible(conversation, trigger.sentAt, now)) return skip('window_closed');

  const { settings } = await getAgentSettings({ ctx, currentVersion: settingsVersion });
  if (kind === 'comment') {
    if (settings.comments.action === 'off') return skip('comments_off');
    if (!commentMatchesKeywords(trigger.text, settings.comments.keywords)) return skip('keyword_mismatch');
  }
  const { cap, allowance, billing, providerConfig } = await loadTurnLimits({ workspaceId: workspace.id, now });
  const decided = decideAgentMode({
    settings, channelId: conversation.channelId, handling: conversation.handling as ConversationHandling, now, capReached: cap.reached,
    planLimitReached: allowance.reached, sendingPaused: allowance.sendingPaused,
  });
  if (decided.mode === 'skip') return skip(decided.reason);
  const mode = decided.mode;
  if (decided.downgradedBy === 'monthly_cap') await alertOwnersCapReachedOnce({ workspaceId: workspace.id, status: cap });
  if (decided.downgradedBy === 'plan_limit') await alertOwnersAiLimitReachedOnce({ workspaceId: workspace.id, allowance });
  if (kind === 'comment' && mode === 'draft' && settings.comments.action === 'private') {
    // A draft is approved as a public reply under the comment; a private-only rule must not become one.
    return skip('private_reply_needs_auto_send', mode);
  }

  const resolved = await options.deps.resolveProvider({ ctx, config: providerConfig });
  const [turns, { repliesInLastHour, unresolvedTurns }] = await Promise.all([
    loadTurns(ctx, conversation.id, trigger.sentAt),
    countGuardrailTurns({ db: ctx.db, workspaceId: workspace.id, conversationId: conversation.id, excludeRunId: runId, now }),
  ]);
  decidedFields = { mode, provider: resolved.providerId, model: resolved.model };

  let result: ComposeResult;
  try {
    result = await options.deps.composeReply({
      settings,
      channel: { id: conversation.channel.id, type: conversation.channel.type },
      conversationKind: conversation.kind,
      turns,
      now,
      searchKnowledge: (query, limit) => options.deps.searchKnowledge({ workspaceId: workspace.id, query, limit }),
      provider: resolved.provider,
      model: resolved.model,
      repliesInLastHour,
      unresolvedTurns,
      estimateCostMicros: (usage) => options.deps.estimateCostMicros({ provider: resolved.providerId, model: resolved.model, ...usage }),
    });
  } catch (error) {
    if (!isProviderError(error)) throw error;
    if (error.retryable && options.attempt < options.maxAttempts) {
      // The job retries with backoff; the run stays 'running' and the retry picks it up.
      await ctx.db.agentRun.update({ where: { id: runId }, data: { ...decidedFields, reason: `provider_error: ${error.message}`.slice(0, 500) } });
      log.warn({ kind: error.kind, attempt: options.attempt }, 'agent provider failed; will retry');
      throw error;
    }
    result = {
      action: 'handoff', rule: 'provider_error', reason: `The AI provider failed: ${error.message}`, customerMessage: null,
      sources: [], prompt: null, usage: { inputTokens: 0, outputTokens: 0, costMicros: 0 }, provider: resolved.providerId, model: resolved.model,
    };
  }

  const usage = { provider: result.provider, model: result.model, inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens, costMicros: result.usage.costMicros, sources: result.sources as unknown as Prisma.InputJsonValue };
  const turn: TurnFacts = { ctx, runId, conversationId: conversation.id, triggerId: trigger.id, resolved, sources: result.sources, now, log, billing };

  if (result.action === 'handoff') {
    const messageIds: string[] = [];
    await stopAiForConversation({ db: ctx.db, workspaceId: workspace.id, conversationId: conversation.id, byUserId: null, now, needsHuman: true, reason: result.reason });
    await queueHandoffAlerts({ workspaceId: workspace.id, conversationId: conversation.id, reason: result.reason, since: new Date(started - 60_000) });
    if (mode === 'auto' && result.customerMessage && kind === 'reply') {
      const sent = await trySend(turn, result.customerMessage, 'dm', 'handoff');
      if (sent.messageId) messageIds.push(sent.messageId);
    }
    await finish({ ...usage, status: 'handed_off', handoffRule: result.rule, reason: result.reason.slice(0, 1000), replyText: result.customerMessage, messageIds });
    log.info({ rule: result.rule }, 'agent handed off');
    return { status: 'handed_off', runId, reason: result.rule };
  }

  const resolution = result.unresolved ? UNRESOLVED_REASON : decided.downgradedBy;
  const intro = kind === 'reply' && (await isFirstContact(ctx.workspace.id, conversation.contactId, trigger.id)) ? introFor(settings, conversation.channelId) : '';

  if (kind === 'comment') return answerComment({ turn, settings, mode, text: result.text, commentExternalId: trigger.externalId, commentSentAt: trigger.sentAt, finish, usage, resolution });

  if (mode === 'auto') {
    const messageIds: string[] = [];
    if (intro) {
      const sentIntro = await trySend(turn, intro, 'dm', 'intro');
      if (sentIntro.refused) return draftInstead(turn, [intro, result.text].join('\n\n'), sentIntro.refused, finish, usage);
      messageIds.push(sentIntro.messageId!);
    }
    const sent = await trySend(turn, result.text, 'dm', 'reply');
    if (sent.refused) return draftInstead(turn, result.text, sent.refused, finish, usage, messageIds);
    messageIds.push(sent.messageId!);
    await finish({ ...usage, status: 'sent', replyText: result.text, messageIds, reason: resolution });
    return { status: 'sent', runId };
  }
  const draftId = await draft(turn, intro ? `${intro}\n\n${result.text}` : result.text);
  await finish({ ...usage, status: 'drafted', replyText: result.text, draftId, reason: resolution });
  return { status: 'drafted', runId };
}

function textReplyPossible(conversation: { kind: ConversationKind; lastInboundAt: Date | null; channel: { type: ChannelType } }, triggerSentAt: Date, now: Date): boolean {
  const lastInboundAt = conversation.lastInboundAt && conversation.lastInboundAt > triggerSentAt ? conversation.lastInboundAt : triggerSentAt;
  const window = messagingWindow({ channelType: conversation.channel.type, conversationKind: conversation.kind, lastInboundAt, now, senderKind: 'operator' });
  return window.state === 'open' || window.state === 'human_agent';
}

type TurnFacts = { ctx: AgentSystemContext; runId: string; conversationId: string; triggerId: string; resolved: ResolvedProvider; sources: SourceRef[]; now: Date; log: Logger; billing: BillingAccess };
type Finish = (data: Prisma.AgentRunUpdateInput) => Promise<unknown>;
type UsageFields = Pick<Prisma.AgentRunUpdateInput, 'provider' | 'model' | 'inputTokens' | 'outputTokens' | 'costMicros' | 'sources'>;

/** Inserts the run, or returns the existing one for this trigger (a re-delivered job). */
async function claimRun(options: { ctx: AgentSystemContext; conversationId: string; messageId: string; kind: string }) {
  const { ctx } = options;
  try {
    const run = await ctx.db.agentRun.create({
      data: { workspaceId: ctx.workspace.id, conversationId: options.conversationId, triggerMessageId: options.messageId, kind: options.kind, mode: 'draft', status: 'running', provider: 'none' },
      select: { id: true, status: true },
    });
    return { ...run, fresh: true };
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'P2002') throw error;
    const existing = await ctx.db.agentRun.findFirst({ where: { triggerMessageId: options.messageId, kind: options.kind }, select: { id: true, status: true } });
    if (!existing) throw error;
    return { ...existing, fresh: false };
  }
}

/** The conversation up to the trigger, oldest first; messages without text are left out. */
async function loadTurns(ctx: AgentSystemContext, conversationId: string, until: Date): Promise<Turn[]> {
  const rows = await ctx.db.message.findMany({
    where: { conversationId, sentAt: { lte: until }, text: { not: null }, kind: { notIn: ['reaction', 'unsupported'] }, status: { not: 'deleted' } },
    orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_TURNS,
    select: { direction: true, sender: true, text: true, sentAt: true },
  });
  return rows.reverse().map((row) =>
    row.direction === 'inbound'
      ? { role: 'customer', text: row.text!, at: row.sentAt }
      : { role: 'business', text: row.text!, at: row.sentAt, sender: row.sender === 'customer' ? 'operator' : row.sender },
  );
}


function introFor(settings: AgentSettings, channelId: string): string {
  const override = settings.channelOverrides.find((o) => o.channelId === channelId);
  return introWithDisclosure({ introMessage: override?.introMessage || settings.introMessage, discloseAi: settings.discloseAi }).trim();
}

/** A stable message id per run and purpose: a retried job re-queues the same message, never a second one. */
export function derivedMessageId(runId: string, purpose: string): string {
  const hex = createHash('sha256').update(`${runId}:${purpose}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Queues an AI message; a refusal by the window or channel rules comes back as a reason, not an error. */
async function trySend(turn: TurnFacts, text: string, mode: SendMode, purpose: string): Promise<{ messageId?: string; refused?: string }> {
  try {
    const queued = await queueOutboundMessage({ ctx: turn.ctx, conversationId: turn.conversationId, content: { type: 'text', text }, mode, sender: 'ai', clientId: derivedMessageId(turn.runId, purpose), delivery: 'caller', billing: turn.billing });
    if (queued.status === 'queued') await sendNow(turn, queued.messageId);
    return { messageId: queued.messageId };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'bad_request')) {
      turn.log.info({ purpose, why: error.message }, 'agent send refused');
      return { refused: error.message };
    }
    throw error;
  }
}

/**
 * Auto mode sends from this job rather than through a send-message job (one job and its fetch,
 * load and completion fewer per reply, and no queue wait). A send that fails in a way worth
 * retrying (Meta rate limit or outage, database hiccup) is handed to send-message, which retries
 * with backoff; a crash before this point re-runs the turn, which finds the queued message by
 * its derived id and sends it then.
 */
async function sendNow(turn: TurnFacts, messageId: string): Promise<void> {
  try {
    await deliverOutboundMessage({ messageId, finalAttempt: false, log: turn.log });
  } catch (error) {
    turn.log.warn({ err: error, messageId }, 'AI reply not sent at once; send-message retries it');
    await enqueue('send-message', { messageId }, { singletonKey: messageId, startAfter: new Date(Date.now() + SEND_RETRY_DELAY_MS) });
  }
}

const SEND_RETRY_DELAY_MS = 10_000;

async function draft(turn: TurnFacts, text: string): Promise<string> {
  const { draftId } = await createReplyDraft({
    ctx: turn.ctx,
    conversationId: turn.conversationId,
    text,
    inReplyToId: turn.triggerId,
    meta: {
      provider: turn.resolved.label,
      providerId: turn.resolved.providerId,
      offline: turn.resolved.offline,
      model: turn.resolved.model,
      agentRunId: turn.runId,
      sources: turn.sources.map((s) => ({ type: s.type, id: s.id, title: s.title })),
    },
  });
  return draftId;
}

async function draftInstead(turn: TurnFacts, text: string, refused: string, finish: Finish, usage: UsageFields, messageIds: string[] = []): Promise<AgentTurnOutcome> {
  const draftId = await draft(turn, text);
  const reason = `send_refused: ${refused}`.slice(0, 1000);
  await finish({ ...usage, status: 'drafted', mode: 'draft', replyText: text, draftId, messageIds, reason });
  return { status: 'drafted', runId: turn.runId, reason };
}

/**
 * Instagram comments: a public reply under the comment and/or one private DM to its author
 * (once per comment, within 7 days — checked here first so the send path never has to refuse).
 */
async function answerComment(options: {
  turn: TurnFacts; settings: AgentSettings; mode: 'draft' | 'auto'; text: string; commentExternalId: string | null; commentSentAt: Date;
  finish: Finish; usage: UsageFields; resolution: string | null;
}): Promise<AgentTurnOutcome> {
  const { turn, settings, mode, text, finish, usage } = options;
  const action = settings.comments.action;
  if (mode === 'draft') {
    const draftId = await draft(turn, text);
    await finish({ ...usage, status: 'drafted', replyText: text, draftId, reason: options.resolution });
    return { status: 'drafted', runId: turn.runId };
  }
  const messageIds: string[] = [];
  const notes: string[] = [];
  if (action === 'public' || action === 'both') {
    const sent = await trySend(turn, text, 'comment_public', 'comment_public');
    if (sent.messageId) messageIds.push(sent.messageId);
    else notes.push(`public reply refused: ${sent.refused}`);
  }
  if (action === 'private' || action === 'both') {
    const why = await privateReplyBlocked(turn, options.commentExternalId, options.commentSentAt);
    if (why) notes.push(why);
    else {
      const sent = await trySend(turn, settings.comments.privateMessage || text, 'comment_private', 'comment_private');
      if (sent.messageId) messageIds.push(sent.messageId);
      else notes.push(`private reply refused: ${sent.refused}`);
    }
  }
  const reason = notes.length ? notes.join('; ').slice(0, 1000) : options.resolution;
  if (!messageIds.length) {
    await finish({ ...usage, status: 'skipped', replyText: text, reason });
    return { status: 'skipped', runId: turn.runId, reason };
  }
  await finish({ ...usage, status: 'sent', replyText: text, messageIds, reason });
  return { status: 'sent', runId: turn.runId, reason };
}

async function privateReplyBlocked(turn: TurnFacts, commentId: string | null, commentSentAt: Date): Promise<string | null> {
  if (!commentId) return 'private reply skipped: the comment has no id';
  if (turn.now.getTime() - commentSentAt.getTime() > PRIVATE_REPLY_WINDOW_MS) return 'private reply skipped: the comment is older than 7 days';
  const conversation = await turn.ctx.db.conversation.findFirst({ where: { id: turn.conversationId }, select: { channelId: true } });
  const already = await turn.ctx.db.message.count(privateRepliesQuery({ channelId: conversation!.channelId, commentId, statuses: ['queued', 'sent', 'delivered', 'read'] }));
  return already ? 'private reply skipped: this comment already got one' : null;
}
