import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { formatExpiry, greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'verify-email'>;

export function VerifyEmail({ name, url, expiresInHours }: Props) {
  return (
    <EmailLayout preview="Confirm your email address to finish setting up Relaydesk." heading="Verify your email address">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>Confirm that this is your email address to finish setting up your Relaydesk account.</EmailParagraph>
      <EmailButton href={url}>Verify email address</EmailButton>
      <EmailParagraph muted>This link expires in {formatExpiry(expiresInHours)}. If you did not sign up for Relaydesk, you can ignore this email.</EmailParagraph>
    </EmailLayout>
  );
}

export function verifyEmailText({ name, url, expiresInHours }: Props): string {
  return textEmail([
    greeting(name),
    'Confirm that this is your email address to finish setting up your Relaydesk account:',
    url,
    `This link expires in ${formatExpiry(expiresInHours)}. If you did not sign up for Relaydesk, you can ignore this email.`,
  ]);
}
