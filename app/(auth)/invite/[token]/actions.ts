'use server';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { createSession } from '@/lib/auth/create-session';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { AppError } from '@/lib/errors';
import { getRequestMeta } from '@/lib/http/request-meta';
import { enforceSignUpRateLimit } from '@/lib/auth/enforce-sign-up-rate-limit';
import { acceptInvite } from '@/lib/team/accept-invite';
import { signUpWithInvite } from '@/lib/team/sign-up-with-invite';
import { switchWorkspace } from '@/lib/workspaces/switch-workspace';
import { acceptInviteSchema, inviteSignUpSchema } from './invite.schema';

export async function acceptInviteAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(acceptInviteSchema, formData, async (values) => {
    const session = await getCurrentSession();
    if (!session) throw new AppError('unauthorized', 'Please log in again.');
    const accepted = await acceptInvite({ token: values.token, userId: session.user.id, meta: await getRequestMeta() });
    await switchWorkspace({ sessionId: session.id, userId: session.user.id, workspaceId: accepted.workspaceId });
    redirect('/inbox');
  });
}

export async function inviteSignUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(inviteSignUpSchema, formData, async (values) => {
    const meta = await getRequestMeta();
    await enforceSignUpRateLimit(meta.ipAddress);
    const result = await signUpWithInvite({ token: values.token, name: values.name, password: values.password, meta });
    await createSession({ userId: result.userId, workspaceId: result.workspaceId, meta });
    redirect('/inbox');
  });
}
