'use server';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/actions/run-action';
import type { ActionResult } from '@/lib/actions/action-result';
import {
  confirmTokenSchema, forgotPasswordSchema, logInSchema, resetPasswordSchema, safeNextPath, signUpSchema,
} from '@/lib/auth/auth-schemas';
import { confirmEmailChange } from '@/lib/auth/change-email';
import { logIn } from '@/lib/auth/log-in';
import { logOut } from '@/lib/auth/log-out';
import { requestPasswordReset } from '@/lib/auth/request-password-reset';
import { resetPassword } from '@/lib/auth/reset-password';
import { signUp } from '@/lib/auth/sign-up';
import { verifyEmail } from '@/lib/auth/verify-email';
import { getRequestMeta } from '@/lib/http/request-meta';
import { assertSameOrigin } from '@/lib/security/assert-same-origin';

export async function signUpAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(signUpSchema, form, async (values) => {
    await signUp({ ...values, meta: await getRequestMeta() });
    return { ok: true, message: `Check ${values.email} for a link to confirm your address and finish signing up.` };
  });
}

export async function logInAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(logInSchema, form, async (values) => {
    await logIn({ ...values, meta: await getRequestMeta() });
    redirect(safeNextPath(values.next));
  });
}

export async function logOutAction(): Promise<void> {
  await assertSameOrigin();
  await logOut();
  redirect('/login');
}

export async function forgotPasswordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(forgotPasswordSchema, form, async (values) => {
    await requestPasswordReset({ ...values, meta: await getRequestMeta() });
    return { ok: true, message: 'If an account uses that address, we have sent it a link to reset the password. It expires in 1 hour.' };
  });
}

export async function resetPasswordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(resetPasswordSchema, form, async (values) => {
    await resetPassword({ token: values.token, password: values.password, meta: await getRequestMeta() });
    return { ok: true, message: 'Your password has been changed and every session signed out. You can log in now.' };
  });
}

export async function verifyEmailAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(confirmTokenSchema, form, async (values) => {
    await verifyEmail({ token: values.token, meta: await getRequestMeta() });
    redirect('/inbox');
  });
}

export async function confirmEmailChangeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(confirmTokenSchema, form, async (values) => {
    await confirmEmailChange({ token: values.token, meta: await getRequestMeta() });
    return { ok: true, message: 'Your email address has been changed. Use the new address to log in from now on.' };
  });
}
