'use server';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { assertDevToolsEnabled } from '@/lib/meta-simulator/assert-dev-tools-enabled';
import { approveDialog } from '@/lib/meta-simulator/oauth-dialog';
import { approveDialogSchema } from './dialog.schema';

/** "Continue" on a simulated OAuth dialog: a one-time code, then back to the app. */
export async function approveDialogAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  let target = '';
  const result: ActionResult = await runAction<typeof approveDialogSchema, undefined>(approveDialogSchema, form, async (values) => {
    assertDevToolsEnabled();
    target = await approveDialog({
      dialog: values.dialog, clientId: values.client_id, redirectUri: values.redirect_uri, state: values.state,
      scopes: values.scope.split(/[,\s]+/).filter(Boolean), extras: values.extras, accountIds: values.accounts,
    });
  });
  if (result.ok && target) redirect(target);
  return result;
}
