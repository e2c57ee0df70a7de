import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { formatExpiry, greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'reset-password'>;

export function ResetPassword({ name, url, expiresInHours }: Props) {
  return (
    <EmailLayout preview="Choose a new password for your Relaydesk account." heading="Reset your password">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>Someone asked to reset the password for your Relaydesk account. Choose a new one here:</EmailParagraph>
      <EmailButton href={url}>Choose a new password</EmailButton>
      <EmailParagraph muted>
        This link expires in {formatExpiry(expiresInHours)} and works once. If you did not ask for this, ignore this email: your password stays the same.
      </EmailParagraph>
    </EmailLayout>
  );
}

export function resetPasswordText({ name, url, expiresInHours }: Props): string {
  return textEmail([
    greeting(name),
    'Someone asked to reset the password for your Relaydesk account. Choose a new one here:',
    url,
    `This link expires in ${formatExpiry(expiresInHours)} and works once. If you did not ask for this, ignore this email: your password stays the same.`,
  ]);
}
