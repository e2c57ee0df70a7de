// The context the agent acts in from a job: the workspace-scoped client and exactly one
// permission, sending in the inbox. There is no user; queueOutboundMessage records sender 'ai'.
import { scopedDb, type ScopedDb } from '../../workspaces/scoped-db';
import type { Permission } from '../../workspaces/permissions';

export type AgentSystemContext = { db: ScopedDb; workspace: { id: string; name: string; slug: string }; can(permission: Permission): boolean };

export function agentSystemContext(workspace: { id: string; name: string; slug: string }): AgentSystemContext {
  return { db: scopedDb(workspace.id), workspace, can: (permission) => permission === 'inbox.use' };
}
