'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { changeEmailSchema, changePasswordSchema, revokeSessionSchema } from '@/lib/auth/auth-schemas';
import { requestEmailChange } from '@/lib/auth/change-email';
import { changePassword } from '@/lib/auth/change-password';
import { revokeOtherSessions, revokeSession } from '@/lib/auth/list-sessions';
import { getRequestMeta } from '@/lib/http/request-meta';
import { notificationPreferencesSchema } from '@/lib/notifications/notification-preferences.schema';
import { updateNotificationPreferences } from '@/lib/notifications/update-notification-preferences';
import { requireWorkspace } from '@/lib/workspaces/context';
import { cancelAccountDeletion } from '@/lib/account/cancel-account-deletion';
import { requestAccountDeletion } from '@/lib/account/request-account-deletion';
import { AppError } from '@/lib/errors';

export async function changePasswordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(changePasswordSchema, form, async (values) => {
    const { session } = await requireWorkspace();
    await changePassword({ userId: session.user.id, sessionId: session.id, currentPassword: values.currentPassword, password: values.password, meta: await getRequestMeta() });
    revalidatePath('/settings/account');
    return { ok: true, message: 'Password changed. Your other sessions have been signed out.' };
  });
}

export async function changeEmailAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(changeEmailSchema, form, async (values) => {
    const { session } = await requireWorkspace();
    await requestEmailChange({ userId: session.user.id, newEmail: values.newEmail, currentPassword: values.currentPassword, meta: await getRequestMeta() });
    return { ok: true, message: `If ${values.newEmail} can be used, we have sent it a confirmation link. Your address changes once you click it.` };
  });
}

export async function revokeSessionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(revokeSessionSchema, form, async (values) => {
    const { session } = await requireWorkspace();
    // Only the user's own, still active sessions: anything else is "not found", never a false success.
    if (!(await revokeSession({ userId: session.user.id, sessionId: values.sessionId }))) {
      return { ok: false, error: 'That session is not one of your active sessions. It may have ended already; reload the page.' };
    }
    revalidatePath('/settings/account');
    return { ok: true, message: 'Session signed out.' };
  });
}

export async function revokeOtherSessionsAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(z.strictObject({}), form, async () => {
    const { session } = await requireWorkspace();
    const count = await revokeOtherSessions({ userId: session.user.id, keepSessionId: session.id });
    revalidatePath('/settings/account');
    return { ok: true, message: count ? `Signed out ${count} other session${count === 1 ? '' : 's'}.` : 'No other sessions were active.' };
  });
}

export async function updateNotificationPreferencesAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(notificationPreferencesSchema, form, async (values) => {
    const ctx = await requireWorkspace();
    await updateNotificationPreferences({ ctx, ...values });
    revalidatePath('/settings/account');
    return { ok: true, message: 'Notification preferences saved.' };
  });
}

const deleteAccountSchema = z.strictObject({ confirmEmail: z.string().max(320) });

export async function requestAccountDeletionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(deleteAccountSchema, form, async (values) => {
    const { session } = await requireWorkspace();
    if (values.confirmEmail.trim().toLowerCase() !== session.user.email) throw new AppError('bad_request', 'Type your email address exactly to confirm.');
    const { deleteAfter } = await requestAccountDeletion({ userId: session.user.id, via: 'self', meta: await getRequestMeta() });
    revalidatePath('/', 'layout');
    return { ok: true, message: `Your account will be deleted on ${deleteAfter.toISOString().slice(0, 10)}. We emailed you a confirmation.` };
  });
}

export async function cancelAccountDeletionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(z.strictObject({}), form, async () => {
    const { session } = await requireWorkspace();
    await cancelAccountDeletion({ userId: session.user.id, meta: await getRequestMeta() });
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Your account is kept.' };
  });
}
