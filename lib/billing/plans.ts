// The plans Relaydesk sells. The pricing page, the Billing page, Stripe checkout and every limit
// check read these objects, so a price shown is a price charged and a limit shown is a limit
// enforced (lib/billing/plan-limits.ts, docs/architecture.md "Billing").
import { z } from 'zod';

const stripePriceEnvName = z.string().regex(/^STRIPE_PRICE_[A-Z0-9_]+$/, 'must name a STRIPE_PRICE_… variable');

export const planIdSchema = z.enum(['trial', 'starter', 'growth', 'scale']);

export const planSchema = z
  .strictObject({
    id: planIdSchema,
    name: z.string().min(1),
    tagline: z.string().min(1),
    /** EUR cents per month, VAT excluded; 0 for the trial. */
    monthlyPriceCents: z.number().int().min(0),
    /** EUR cents per year when billed yearly (two months free), or null when not sold yearly. */
    yearlyPriceCents: z.number().int().min(0).nullable(),
    trialDays: z.number().int().positive().nullable(),
    seats: z.number().int().positive(),
    channels: z.number().int().positive(),
    aiRepliesPerMonth: z.number().int().positive(),
    /**
     * Days of conversation history shown: conversations whose last message is older are hidden
     * from the inbox, search and thread until an upgrade — never deleted. null = all of it.
     */
    historyDays: z.number().int().positive().nullable(),
    /** Plan capability checked by canExportAuditLog(); the feature list must say so iff true. */
    auditLogExport: z.boolean(),
    features: z.array(z.string().min(1)).min(1),
    /** Names of the env variables holding the Stripe price ids; null for the free trial. */
    stripePriceEnv: z.strictObject({ monthly: stripePriceEnvName, yearly: stripePriceEnvName }).nullable(),
    highlighted: z.boolean(),
  })
  .refine((p) => (p.monthlyPriceCents === 0) === (p.stripePriceEnv === null), { message: 'paid plans need Stripe prices; free ones none' })
  .refine((p) => p.features.some((f) => /audit log export/i.test(f)) === p.auditLogExport, {
    message: 'list "Audit log export" exactly when the plan includes it',
  })
  .refine((p) => p.yearlyPriceCents === null || p.yearlyPriceCents < p.monthlyPriceCents * 12 || p.monthlyPriceCents === 0, {
    message: 'a yearly price must be cheaper than twelve months',
  });

export type Plan = z.infer<typeof planSchema>;
export type PlanId = z.infer<typeof planIdSchema>;

const definitions: Plan[] = [
  {
    id: 'trial',
    name: 'Free trial',
    tagline: 'Try everything for 14 days. No card needed.',
    monthlyPriceCents: 0,
    yearlyPriceCents: null,
    trialDays: 14,
    seats: 2,
    channels: 3,
    aiRepliesPerMonth: 200,
    historyDays: 30,
    auditLogExport: true,
    features: ['Instagram, Messenger and WhatsApp', 'AI assistant in draft mode and auto-send', 'Shared live inbox', 'Audit log export', 'Email support'],
    stripePriceEnv: null,
    highlighted: false,
  },
  {
    id: 'starter',
    name: 'Starter',
    tagline: 'For a shop answering its own DMs.',
    monthlyPriceCents: 2900,
    yearlyPriceCents: 29000,
    trialDays: null,
    seats: 2,
    channels: 3,
    aiRepliesPerMonth: 1000,
    historyDays: 90,
    auditLogExport: false,
    features: [
      'Instagram, Messenger and WhatsApp',
      'AI assistant grounded in your products, offers and knowledge files',
      'Assignment, takeover and hand-back',
      'Labels, notes, canned replies and WhatsApp templates',
      'Email support',
    ],
    stripePriceEnv: { monthly: 'STRIPE_PRICE_STARTER_MONTHLY', yearly: 'STRIPE_PRICE_STARTER_YEARLY' },
    highlighted: false,
  },
  {
    id: 'growth',
    name: 'Growth',
    tagline: 'For teams sharing one busy inbox.',
    monthlyPriceCents: 7900,
    yearlyPriceCents: 79000,
    trialDays: null,
    seats: 5,
    channels: 6,
    aiRepliesPerMonth: 5000,
    historyDays: 365,
    auditLogExport: false,
    features: ['Everything in Starter', 'Room for a team sharing one inbox', 'A year of conversation history', 'Email support'],
    stripePriceEnv: { monthly: 'STRIPE_PRICE_GROWTH_MONTHLY', yearly: 'STRIPE_PRICE_GROWTH_YEARLY' },
    highlighted: true,
  },
  {
    id: 'scale',
    name: 'Scale',
    tagline: 'For brands with several accounts and shifts.',
    monthlyPriceCents: 19900,
    yearlyPriceCents: 199000,
    trialDays: null,
    seats: 15,
    channels: 15,
    aiRepliesPerMonth: 20000,
    historyDays: null,
    auditLogExport: true,
    features: ['Everything in Growth', 'Unlimited conversation history', 'Audit log export', 'Email support'],
    stripePriceEnv: { monthly: 'STRIPE_PRICE_SCALE_MONTHLY', yearly: 'STRIPE_PRICE_SCALE_YEARLY' },
    highlighted: false,
  },
];

/** Every plan, validated once at import so a typo fails the build and the tests, not a checkout. */
export const plans: readonly Plan[] = z.array(planSchema).parse(definitions);

/** Plans a trial can convert to and checkout can sell. */
export const paidPlanIdSchema = z.enum(['starter', 'growth', 'scale']);
export type PaidPlanId = z.infer<typeof paidPlanIdSchema>;
export const billingPeriodSchema = z.enum(['monthly', 'yearly']);
export type BillingPeriod = z.infer<typeof billingPeriodSchema>;

/** What sign-up preselects when /pricing passed no plan: the highlighted plan, billed monthly. */
export const defaultChosenPlan: { plan: PaidPlanId; period: BillingPeriod } = { plan: 'growth', period: 'monthly' };

export function getPlan(id: PlanId): Plan {
  const plan = plans.find((p) => p.id === id);
  if (!plan) throw new Error(`Unknown plan ${id}`);
  return plan;
}
