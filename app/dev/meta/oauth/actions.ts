'use server';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { assertDevToolsEnabled } from '@/lib/meta-simulator/assert-dev-tools-enabled';
import { approveDialog } from '@/lib/meta-simulator/oauth-dialog';
import { approveDialogSchema } from './dialog.schema';

/**
 * "Continue" on a simulated OAuth dialog: a one-time code, then back to the app. The form
 * navigates to `redirectTo` with a full page load, as Meta's dialog does; a server-action
 * redirect would be a client-side transition into a route handler.
 */
export async function approveDialogAction(_previous: ActionResult<{ redirectTo: string }>, form: FormData): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(approveDialogSchema, form, async (values) => {
    assertDevToolsEnabled();
    const redirectTo = await approveDialog({
      dialog: values.dialog, clientId: values.client_id, redirectUri: values.redirect_uri, state: values.state,
      scopes: values.scope.split(/[,\s]+/).filter(Boolean), extras: values.extras, accountIds: values.accounts,
    });
    return { ok: true, data: { redirectTo } };
  });
}
