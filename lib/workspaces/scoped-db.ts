// The one tenant-scoping mechanism: a Prisma client extension bound to a workspace. Every
// query on a tenant-owned model gets `workspaceId` added to its filter and its written data,
// so forgetting the scope is not possible through this client.
import { db } from '../db';

/** Models with a `workspaceId` column. tests/unit/scoped-db.test.ts fails if one is missing. */
export const tenantModels = new Set([
  'Membership', 'Invite', 'AuditLog', 'Channel', 'WebhookEvent', 'Contact', 'Conversation', 'Message', 'MessageMedia',
  'PendingMessageStatus', 'MessageTemplate', 'InboxEvent', 'Label', 'ConversationLabel', 'ConversationNote', 'CannedResponse',
  'ReplyDraft', 'ConversationPresence', 'NotificationOutbox', 'OutboundUpload', 'AgentSettingsVersion', 'AgentConfig',
  'KnowledgeFile', 'KnowledgeChunk', 'AgentRun', 'WorkspaceBilling', 'StripeEvent', 'WorkspaceExport',
  'CsatSurvey', 'AutomationRule', 'AutomationRun', 'AutomationActionRun', 'ContactAttribute',
  'WorkspaceInboxCounter',
]);

type Args = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown; create?: unknown };

function scopeArgs(operation: string, args: Args, workspaceId: string): Args {
  const withData = (data: unknown) =>
    Array.isArray(data) ? data.map((d) => ({ ...(d as object), workspaceId })) : { ...(data as object), workspaceId };
  const next: Args = { ...args };
  if (operation.startsWith('create')) {
    next.data = withData(args.data);
    return next;
  }
  next.where = { ...(args.where ?? {}), workspaceId };
  if (operation === 'upsert') next.create = withData(args.create);
  if ((operation === 'update' || operation === 'updateMany') && args.data && typeof args.data === 'object') {
    // Moving a row to another workspace is never legitimate.
    const { workspaceId: _ignored, ...rest } = args.data as Record<string, unknown>;
    void _ignored;
    next.data = rest;
  }
  return next;
}

export function scopedDb(workspaceId: string) {
  return db.$extends({
    name: 'workspace-scope',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!tenantModels.has(model)) return query(args);
          return query(scopeArgs(operation, (args ?? {}) as Args, workspaceId) as typeof args);
        },
      },
    },
  });
}

export type ScopedDb = ReturnType<typeof scopedDb>;
