'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { assertDevToolsEnabled } from '@/lib/meta-simulator/assert-dev-tools-enabled';
import { sendAsCustomer } from '@/lib/meta-simulator/send-as-customer';
import { sendAsCustomerSchema, setSwitchSchema } from '@/lib/meta-simulator/send-as-customer.schema';
import { setAccountSwitch } from '@/lib/meta-simulator/simulator-switches';

export type WebhookOutcome = { status: number; body: string; payload: string };

/** Plays the customer: delivers a signed webhook to the app and reports its answer. */
export async function sendAsCustomerAction(_previous: ActionResult<WebhookOutcome>, form: FormData): Promise<ActionResult<WebhookOutcome>> {
  return runAction(sendAsCustomerSchema, form, async (values) => {
    assertDevToolsEnabled();
    const result = await sendAsCustomer(values);
    const outcome = { status: result.status, body: result.body, payload: JSON.stringify(result.payload, null, 2) };
    const accepted = result.status >= 200 && result.status < 300;
    return { ok: true, data: outcome, message: accepted ? `Delivered: the app answered HTTP ${result.status}.` : `The app answered HTTP ${result.status || 'nothing (unreachable)'}.` };
  });
}

/** Turns a failure switch (expire tokens, rate limit next send, 24 h window closed) on or off. */
export async function setSwitchAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction<typeof setSwitchSchema, undefined>(setSwitchSchema, form, async (values) => {
    assertDevToolsEnabled();
    await setAccountSwitch({ accountId: values.accountId, name: values.switch, on: values.on });
    revalidatePath('/dev/meta');
    return { ok: true };
  });
}
