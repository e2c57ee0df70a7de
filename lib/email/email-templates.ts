// Template name → schema, subject and renderer. Imports the React templates, so only the
// send-email job (via render-email.ts) uses this; request code imports email-template-schemas.ts.
import { createElement, type FunctionComponent } from 'react';
import { emailTemplateSchemas, type EmailTemplateName, type EmailTemplateProps } from './email-template-schemas';
import { renderHtmlDocument } from './render-html-document';
import { AccountExists, accountExistsText } from './templates/account-exists';
import { AgentCapReached, agentCapReachedText } from './templates/agent-cap-reached';
import { AiLimitReached, aiLimitReachedText } from './templates/ai-limit-reached';
import { PaymentFailed, paymentFailedText } from './templates/payment-failed';
import { PaymentReceipt, paymentReceiptText } from './templates/payment-receipt';
import { SubscriptionCancelled, subscriptionCancelledText } from './templates/subscription-cancelled';
import { TrialEnded, trialEndedText } from './templates/trial-ended';
import { TrialEnding, trialEndingText } from './templates/trial-ending';
import { Welcome, welcomeText } from './templates/welcome';
import { ChannelNeedsReconnect, channelNeedsReconnectText } from './templates/channel-needs-reconnect';
import { ConfirmEmailChange, confirmEmailChangeText } from './templates/confirm-email-change';
import { EmailChangedNotice, emailChangedNoticeText } from './templates/email-changed-notice';
import { FailedSignIns, failedSignInsText } from './templates/failed-sign-ins';
import { InboxDigest, inboxDigestText } from './templates/inbox-digest';
import { Invite, inviteText } from './templates/invite';
import { PasswordChanged, passwordChangedText } from './templates/password-changed';
import { PrivacyNotice, privacyNoticeText } from './templates/privacy-notice';
import { ResetPassword, resetPasswordText } from './templates/reset-password';
import { VerifyEmail, verifyEmailText } from './templates/verify-email';

export type RenderedEmailBody = { html: string; text: string };

type EmailTemplate<Name extends EmailTemplateName> = (typeof emailTemplateSchemas)[Name] & {
  render(props: EmailTemplateProps<Name>): RenderedEmailBody;
};

function withRenderer<Name extends EmailTemplateName>(
  name: Name,
  Component: FunctionComponent<EmailTemplateProps<Name>>,
  text: (props: EmailTemplateProps<Name>) => string,
): EmailTemplate<Name> {
  return {
    ...emailTemplateSchemas[name],
    render: (props) => ({ html: renderHtmlDocument(createElement(Component, props as EmailTemplateProps<Name> & {})), text: text(props) }),
  };
}

export const emailTemplates: { [Name in EmailTemplateName]: EmailTemplate<Name> } = {
  'verify-email': withRenderer('verify-email', VerifyEmail, verifyEmailText),
  'reset-password': withRenderer('reset-password', ResetPassword, resetPasswordText),
  'confirm-email-change': withRenderer('confirm-email-change', ConfirmEmailChange, confirmEmailChangeText),
  'email-changed-notice': withRenderer('email-changed-notice', EmailChangedNotice, emailChangedNoticeText),
  invite: withRenderer('invite', Invite, inviteText),
  'password-changed': withRenderer('password-changed', PasswordChanged, passwordChangedText),
  'account-exists': withRenderer('account-exists', AccountExists, accountExistsText),
  'failed-sign-ins': withRenderer('failed-sign-ins', FailedSignIns, failedSignInsText),
  'agent-cap-reached': withRenderer('agent-cap-reached', AgentCapReached, agentCapReachedText),
  'channel-needs-reconnect': withRenderer('channel-needs-reconnect', ChannelNeedsReconnect, channelNeedsReconnectText),
  'inbox-digest': withRenderer('inbox-digest', InboxDigest, inboxDigestText),
  welcome: withRenderer('welcome', Welcome, welcomeText),
  'trial-ending': withRenderer('trial-ending', TrialEnding, trialEndingText),
  'trial-ended': withRenderer('trial-ended', TrialEnded, trialEndedText),
  'payment-failed': withRenderer('payment-failed', PaymentFailed, paymentFailedText),
  'subscription-cancelled': withRenderer('subscription-cancelled', SubscriptionCancelled, subscriptionCancelledText),
  'payment-receipt': withRenderer('payment-receipt', PaymentReceipt, paymentReceiptText),
  'ai-limit-reached': withRenderer('ai-limit-reached', AiLimitReached, aiLimitReachedText),
  'privacy-notice': withRenderer('privacy-notice', PrivacyNotice, privacyNoticeText),
};
