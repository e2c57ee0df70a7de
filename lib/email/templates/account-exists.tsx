import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'account-exists'>;

// Sent instead of a second account, so the sign-up form can answer the same for every address
// (lib/auth/complete-sign-up.ts) while the real owner still learns where to go.
export function AccountExists({ name, loginUrl, resetUrl }: Props) {
  return (
    <EmailLayout preview="Someone tried to sign up with this address. Log in instead." heading="You already have an account">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>Someone — probably you — tried to create a Relaydesk account with this email address. It already has one, so nothing new was created.</EmailParagraph>
      <EmailButton href={loginUrl}>Log in to Relaydesk</EmailButton>
      <EmailParagraph>Forgot your password? Choose a new one here: <a href={resetUrl}>{resetUrl}</a></EmailParagraph>
      <EmailParagraph muted>If it was not you, ignore this email: your account and password stay as they are.</EmailParagraph>
    </EmailLayout>
  );
}

export function accountExistsText({ name, loginUrl, resetUrl }: Props): string {
  return textEmail([
    greeting(name),
    'Someone — probably you — tried to create a Relaydesk account with this email address. It already has one, so nothing new was created.',
    `Log in: ${loginUrl}`,
    `Forgot your password? Choose a new one here: ${resetUrl}`,
    'If it was not you, ignore this email: your account and password stay as they are.',
  ]);
}
