import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { formatExpiry, greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'confirm-email-change'>;

/** Sent to the new address; the change only happens once this link is opened. */
export function ConfirmEmailChange({ name, url, newEmail, expiresInHours }: Props) {
  return (
    <EmailLayout preview="Confirm your new email address for Relaydesk." heading="Confirm your new email address">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>
        You asked to change the email address of your Relaydesk account to <strong>{newEmail}</strong>. Confirm the change:
      </EmailParagraph>
      <EmailButton href={url}>Confirm new email address</EmailButton>
      <EmailParagraph muted>This link expires in {formatExpiry(expiresInHours)}. Until you confirm, your account keeps its current address.</EmailParagraph>
    </EmailLayout>
  );
}

export function confirmEmailChangeText({ name, url, newEmail, expiresInHours }: Props): string {
  return textEmail([
    greeting(name),
    `You asked to change the email address of your Relaydesk account to ${newEmail}. Confirm the change:`,
    url,
    `This link expires in ${formatExpiry(expiresInHours)}. Until you confirm, your account keeps its current address.`,
  ]);
}
