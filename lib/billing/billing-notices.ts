// Why a billing redirect failed, as a closed set of codes. The emailed /billing/portal link and
// Checkout's success URL end with a redirect to /billing, so the reason travels in the URL; the
// page shows only the text this table gives for a known code, never text from the URL (the
// /channels?error= rule of issue 12: anyone can craft a link into the app's alert box).
import { AppError, type AppErrorCode } from '../errors';

const messages = {
  checkout_invalid: 'That checkout link is not valid. If you just paid, your plan shows here within a minute.',
  checkout_not_found: 'That checkout does not belong to this workspace. Nothing was changed.',
  no_subscription: 'There is no subscription to manage yet. Choose a plan first.',
  forbidden: 'Only workspace owners can manage billing.',
  stripe_unavailable: 'We could not reach Stripe just now. Nothing was charged. Try again in a minute.',
  failed: 'Something went wrong while talking to Stripe. Nothing was charged. Please try again, or contact us if it keeps happening.',
} as const;

export type BillingNoticeCode = keyof typeof messages;

/** An AppError whose redirect carries `code` (its message is the table's, for forms and logs). */
export function billingError(appCode: AppErrorCode, code: BillingNoticeCode): AppError {
  return new AppError(appCode, messages[code], { billingNotice: code });
}

/** The code for /billing?error=… describing `error` (unknown errors become `failed`). */
export function billingNoticeCode(error: AppError): BillingNoticeCode {
  const tagged = error.details?.billingNotice;
  if (typeof tagged === 'string' && Object.hasOwn(messages, tagged)) return tagged as BillingNoticeCode;
  if (error.code === 'forbidden') return 'forbidden';
  if (error.code === 'unavailable' || error.code === 'rate_limited') return 'stripe_unavailable';
  return 'failed';
}

/** The message for /billing?error=…, or null for anything that is not one of our codes. */
export function billingNoticeMessage(code: string | undefined): string | null {
  return code && Object.hasOwn(messages, code) ? messages[code as BillingNoticeCode] : null;
}
