// Template names, prop schemas and subjects: everything request-path code needs to queue an
// email, with no React renderer attached (react-dom/server is forbidden in the RSC layer).
// The renderers live in email-templates.ts and only run inside the send-email job.
import { z } from 'zod';
import { Role } from '../generated/prisma/enums';

// Names end up in subject lines (a mail header), so they must stay on one line.
const oneLine = (max: number) => z.string().trim().max(max).regex(/^[^\r\n]*$/, 'must be a single line');
const personName = oneLine(120);
const linkUrl = z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' });
/** How long the link in the email stays valid; the email tells the reader. */
const expiresInHours = z.number().int().min(1).max(24 * 30);

export const verifyEmailPropsSchema = z.strictObject({ name: personName, url: linkUrl, expiresInHours });
export const resetPasswordPropsSchema = z.strictObject({ name: personName, url: linkUrl, expiresInHours });
export const confirmEmailChangePropsSchema = z.strictObject({ name: personName, url: linkUrl, newEmail: z.email(), expiresInHours });
export const emailChangedNoticePropsSchema = z.strictObject({ name: personName, newEmail: z.email() });
export const invitePropsSchema = z.strictObject({
  inviterName: personName,
  workspaceName: oneLine(120).min(1),
  role: z.enum(Role),
  url: linkUrl,
  expiresInHours,
});
export const passwordChangedPropsSchema = z.strictObject({ name: personName });
/** Sign-up with an address that already has an account: nothing was created; where to go instead. */
export const accountExistsPropsSchema = z.strictObject({ name: personName, loginUrl: linkUrl, resetUrl: linkUrl });
/** Wrong passwords for this account (lib/auth/sign-in-throttle.ts), at most one email a day. */
export const failedSignInsPropsSchema = z.strictObject({
  name: personName,
  attempts: z.number().int().min(1),
  /** Start of the counting window, ISO 8601 (rendered in UTC). */
  since: z.iso.datetime(),
  /** The address of the latest attempt, when known. */
  lastIpAddress: oneLine(64).nullable(),
  resetUrl: linkUrl,
  sessionsUrl: linkUrl,
});
export const channelNeedsReconnectPropsSchema = z.strictObject({
  name: personName,
  workspaceName: oneLine(120).min(1),
  channelType: oneLine(40).min(1),
  channelName: oneLine(120).min(1),
  url: linkUrl,
});

export const agentCapReachedPropsSchema = z.strictObject({
  name: personName,
  workspaceName: oneLine(120).min(1),
  /** "2026-11" */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** "$25.00 spending cap" — what was reached, already worded. */
  capLabel: oneLine(120).min(1),
  url: linkUrl,
});

export const inboxDigestItemSchema = z.strictObject({
  kind: z.enum(['new_conversation', 'mention', 'handoff']),
  workspaceName: oneLine(120).min(1),
  contact: oneLine(120).min(1),
  channel: oneLine(160).min(1),
  /** A message preview or "Author: note excerpt"; body text, so it may span lines. */
  excerpt: z.string().max(240),
  url: linkUrl,
});
export type InboxDigestItem = z.infer<typeof inboxDigestItemSchema>;
export const inboxDigestPropsSchema = z.strictObject({
  name: personName,
  items: z.array(inboxDigestItemSchema).min(1).max(20),
  /** Pending alerts beyond the listed ones ("and 37 more"). */
  moreCount: z.number().int().min(0),
  inboxUrl: linkUrl,
});

// Billing lifecycle (lib/billing). Amounts and dates arrive already worded ("€790.00", "5 December 2026").
const workspaceName = oneLine(120).min(1);
const dateLabel = oneLine(40).min(1);
export const welcomePropsSchema = z.strictObject({ name: personName, workspaceName, trialDays: z.number().int().positive(), trialEndsOn: dateLabel, planLabel: oneLine(80).min(1), url: linkUrl });
export const trialEndingPropsSchema = z.strictObject({ name: personName, workspaceName, daysLeft: z.number().int().min(0).max(30), endsOn: dateLabel, planLabel: oneLine(80).min(1), url: linkUrl });
export const trialEndedPropsSchema = z.strictObject({ name: personName, workspaceName, url: linkUrl });
export const paymentFailedPropsSchema = z.strictObject({
  name: personName, workspaceName, amount: oneLine(40).min(1), nextAttemptOn: dateLabel.nullable(), portalUrl: linkUrl, invoiceUrl: linkUrl.nullable(),
});
export const subscriptionCancelledPropsSchema = z.strictObject({ name: personName, workspaceName, planName: oneLine(40).min(1), endsOn: dateLabel, ended: z.boolean(), url: linkUrl });
export const paymentReceiptPropsSchema = z.strictObject({
  name: personName, workspaceName, amount: oneLine(40).min(1), invoiceNumber: oneLine(60).min(1), paidOn: dateLabel, planLabel: oneLine(80).min(1),
  receiptUrl: linkUrl, pdfUrl: linkUrl.nullable(),
});
export const aiLimitReachedPropsSchema = z.strictObject({ name: personName, workspaceName, month: z.string().regex(/^\d{4}-\d{2}$/), limitLabel: oneLine(120).min(1), url: linkUrl });
/**
 * Every privacy email (deletion confirmations, erasure notices, workspace closure, account
 * deletion): one template with worded paragraphs, since they differ only in text.
 */
export const privacyNoticePropsSchema = z.strictObject({
  name: personName,
  subject: oneLine(160).min(1),
  heading: oneLine(160).min(1),
  paragraphs: z.array(z.string().min(1).max(1000)).min(1).max(8),
  action: z.strictObject({ label: oneLine(60).min(1), url: linkUrl }).optional(),
});

type TemplateSchema<Schema extends z.ZodType> = { schema: Schema; subject(props: z.output<Schema>): string };
const template = <Schema extends z.ZodType>(definition: TemplateSchema<Schema>) => definition;

export const emailTemplateSchemas = {
  'verify-email': template({ schema: verifyEmailPropsSchema, subject: () => 'Verify your email address for Relaydesk' }),
  'reset-password': template({ schema: resetPasswordPropsSchema, subject: () => 'Reset your Relaydesk password' }),
  'confirm-email-change': template({ schema: confirmEmailChangePropsSchema, subject: () => 'Confirm your new email address' }),
  'email-changed-notice': template({ schema: emailChangedNoticePropsSchema, subject: () => 'Your Relaydesk email address was changed' }),
  invite: template({
    schema: invitePropsSchema,
    subject: (props) => `${props.inviterName || 'A teammate'} invited you to ${props.workspaceName} on Relaydesk`,
  }),
  'password-changed': template({ schema: passwordChangedPropsSchema, subject: () => 'Your Relaydesk password was changed' }),
  'account-exists': template({ schema: accountExistsPropsSchema, subject: () => 'You already have a Relaydesk account' }),
  'failed-sign-ins': template({ schema: failedSignInsPropsSchema, subject: () => 'Failed sign-in attempts on your Relaydesk account' }),
  'channel-needs-reconnect': template({
    schema: channelNeedsReconnectPropsSchema,
    subject: (props) => `Reconnect ${props.channelType} ${props.channelName} in ${props.workspaceName}`,
  }),
  'agent-cap-reached': template({
    schema: agentCapReachedPropsSchema,
    subject: (props) => `The AI assistant in ${props.workspaceName} reached its monthly cap — replies are drafts now`,
  }),
  welcome: template({ schema: welcomePropsSchema, subject: (props) => `Welcome to Relaydesk — your ${props.trialDays}-day free trial has started` }),
  'trial-ending': template({ schema: trialEndingPropsSchema, subject: (props) => `Your Relaydesk trial for ${props.workspaceName} ends in ${props.daysLeft} day${props.daysLeft === 1 ? '' : 's'}` }),
  'trial-ended': template({ schema: trialEndedPropsSchema, subject: (props) => `Your Relaydesk trial for ${props.workspaceName} has ended — sending is paused` }),
  'payment-failed': template({ schema: paymentFailedPropsSchema, subject: (props) => `Payment failed for ${props.workspaceName} — update your payment method` }),
  'subscription-cancelled': template({
    schema: subscriptionCancelledPropsSchema,
    subject: (props) => (props.ended ? `Your Relaydesk subscription for ${props.workspaceName} has ended` : `Your Relaydesk subscription for ${props.workspaceName} is cancelled`),
  }),
  'payment-receipt': template({ schema: paymentReceiptPropsSchema, subject: (props) => `Receipt for ${props.workspaceName}: ${props.amount} (${props.invoiceNumber})` }),
  'ai-limit-reached': template({
    schema: aiLimitReachedPropsSchema,
    subject: (props) => `The AI assistant in ${props.workspaceName} used this month's AI replies — replies are drafts now`,
  }),
  'inbox-digest': template({
    schema: inboxDigestPropsSchema,
    subject: (props) => {
      const total = props.items.length + props.moreCount;
      const mentions = props.items.filter((i) => i.kind === 'mention').length;
      if (total === 1) return mentions ? `${props.items[0]!.excerpt.split(':')[0]} mentioned you in Relaydesk` : `New conversation from ${props.items[0]!.contact}`;
      return `${total} new updates in your Relaydesk inbox`;
    },
  }),
  'privacy-notice': template({ schema: privacyNoticePropsSchema, subject: (props) => props.subject }),
} as const;

export type EmailTemplateName = keyof typeof emailTemplateSchemas;
/** What callers pass (before defaults and trimming). */
export type EmailTemplateInput<Name extends EmailTemplateName> = z.input<(typeof emailTemplateSchemas)[Name]['schema']>;
/** What renderers receive (validated). */
export type EmailTemplateProps<Name extends EmailTemplateName> = z.output<(typeof emailTemplateSchemas)[Name]['schema']>;

export const emailTemplateNames = Object.keys(emailTemplateSchemas) as [EmailTemplateName, ...EmailTemplateName[]];
