import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'email-changed-notice'>;

/** Sent to the old address, so a hijacked account does not change hands silently. */
export function EmailChangedNotice({ name, newEmail }: Props) {
  return (
    <EmailLayout preview="The email address of your Relaydesk account was changed." heading="Your email address was changed">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>
        The email address of your Relaydesk account was changed to <strong>{newEmail}</strong>. From now on, sign in with the new address.
      </EmailParagraph>
      <EmailParagraph muted>If you did not make this change, reply to this email or contact support straight away so we can secure your account.</EmailParagraph>
    </EmailLayout>
  );
}

export function emailChangedNoticeText({ name, newEmail }: Props): string {
  return textEmail([
    greeting(name),
    `The email address of your Relaydesk account was changed to ${newEmail}. From now on, sign in with the new address.`,
    'If you did not make this change, reply to this email or contact support straight away so we can secure your account.',
  ]);
}
