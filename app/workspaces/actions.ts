'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { AppError } from '@/lib/errors';
import { getRequestMeta } from '@/lib/http/request-meta';
import { createWorkspace } from '@/lib/workspaces/create-workspace';
import { switchWorkspace } from '@/lib/workspaces/switch-workspace';
import { restoreWorkspace } from '@/lib/workspaces/restore-workspace';
import { createWorkspaceSchema, restoreWorkspaceSchema, switchWorkspaceSchema } from './workspace.schema';

// Neither action needs a current workspace (a user may have none yet), only a session.
async function requireSession() {
  const session = await getCurrentSession();
  if (!session) throw new AppError('unauthorized', 'Please log in again.');
  return session;
}

export async function createWorkspaceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(createWorkspaceSchema, formData, async (values) => {
    const session = await requireSession();
    const workspace = await createWorkspace({ userId: session.user.id, name: values.name, timeZone: values.timeZone, meta: await getRequestMeta() });
    await switchWorkspace({ sessionId: session.id, userId: session.user.id, workspaceId: workspace.id });
    revalidatePath('/', 'layout');
    redirect('/inbox');
  });
}

export async function switchWorkspaceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(switchWorkspaceSchema, formData, async (values) => {
    const session = await requireSession();
    await switchWorkspace({ sessionId: session.id, userId: session.user.id, workspaceId: values.workspaceId });
    // Everything under the root layout belongs to the workspace: without this a redirect to the
    // page already open re-rendered only the page, and the sidebar (switcher, role-based
    // navigation) and the header kept the old workspace until a full reload.
    revalidatePath('/', 'layout');
    redirect('/inbox');
  });
}

export async function restoreWorkspaceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(restoreWorkspaceSchema, formData, async (values) => {
    const session = await requireSession();
    await restoreWorkspace({ userId: session.user.id, workspaceId: values.workspaceId, meta: await getRequestMeta() });
    await switchWorkspace({ sessionId: session.id, userId: session.user.id, workspaceId: values.workspaceId });
    redirect('/settings/workspace?restored=1');
  });
}
