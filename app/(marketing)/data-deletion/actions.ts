'use server';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getRequestMeta } from '@/lib/http/request-meta';
import { dataDeletionRequestSchema } from '@/lib/privacy/data-deletion-request.schema';
import { requestDataDeletion } from '@/lib/privacy/request-data-deletion';

export async function requestDataDeletionAction(_prev: ActionResult<{ confirmationCode: string }>, form: FormData): Promise<ActionResult<{ confirmationCode: string }>> {
  return runAction(dataDeletionRequestSchema, form, async (values) => {
    const { confirmationCode } = await requestDataDeletion({ ...values, meta: await getRequestMeta() });
    return { ok: true, data: { confirmationCode }, message: 'We received your request.' };
  });
}
