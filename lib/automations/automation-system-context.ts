// The context rules act in from a job: the workspace-scoped client and only `inbox.use` — a rule
// can do what an agent can do in the inbox, nothing administrative.
import type { Permission } from '../workspaces/permissions';
import { scopedDb, type ScopedDb } from '../workspaces/scoped-db';

export type AutomationContext = { db: ScopedDb; workspace: { id: string; name: string; slug: string }; can(permission: Permission): boolean };

export function automationSystemContext(workspace: { id: string; name: string; slug: string }): AutomationContext {
  return { db: scopedDb(workspace.id), workspace, can: (permission) => permission === 'inbox.use' };
}
