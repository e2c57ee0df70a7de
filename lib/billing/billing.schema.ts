// The plan choice, shared by the sign-up form (?plan=&period= from /pricing), the Billing page's
// checkout form and the actions behind them.
import { z } from 'zod';
import { billingPeriodSchema, defaultChosenPlan, paidPlanIdSchema } from './plans';

export const planChoiceSchema = z.strictObject({
  plan: paidPlanIdSchema.catch(defaultChosenPlan.plan),
  period: billingPeriodSchema.catch(defaultChosenPlan.period),
});

/** One form field for both: "growth:yearly" (the sign-up form's plan select). Unknown → the default. */
export const planOptionSchema = z
  .string()
  .optional()
  .transform((value) => {
    const [plan, period] = (value ?? '').split(':');
    return planChoiceSchema.parse({ plan, period });
  });

export const planOptionValue = (choice: { plan: string; period: string }) => `${choice.plan}:${choice.period}`;

/** Strict version for checkout: a tampered plan is an error, not a silent default. */
export const checkoutSchema = z.strictObject({
  plan: paidPlanIdSchema,
  period: billingPeriodSchema,
});

/** Whatever /signup was opened with → a valid choice (unknown values fall back to the default). */
export function chosenPlanFromQuery(query: { plan?: string | string[]; period?: string | string[] }) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return planChoiceSchema.parse({ plan: first(query.plan), period: first(query.period) });
}

export const confirmCheckoutSchema = z.strictObject({ checkoutSessionId: z.string().regex(/^cs_[A-Za-z0-9_]{6,250}$/, 'Not a checkout session id.') });
