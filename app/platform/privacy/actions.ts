'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { AppError } from '@/lib/errors';
import { logEmailPrivacyRequest, processVerifiedRequest } from '@/lib/privacy/log-email-request';
import { logEmailRequestSchema, processRequestSchema } from './privacy-request.schema';

async function adminEmail(): Promise<string> {
  const session = await getCurrentSession();
  if (!session) throw new AppError('unauthorized', 'Please log in again.');
  return session.user.email;
}

export async function logEmailRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(logEmailRequestSchema, formData, async (values) => {
    const result = await logEmailPrivacyRequest({ adminEmail: await adminEmail(), ...values });
    revalidatePath('/platform/privacy');
    return { ok: true, message: values.verified ? `Logged and queued for deletion (code ${result.confirmationCode}).` : `Logged (code ${result.confirmationCode}). Process it once the requester is verified.` };
  });
}

export async function processRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(processRequestSchema, formData, async (values) => {
    await processVerifiedRequest({ adminEmail: await adminEmail(), requestId: values.requestId });
    revalidatePath('/platform/privacy');
    return { ok: true, message: 'Queued for deletion.' };
  });
}
