import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'password-changed'>;

export function PasswordChanged({ name }: Props) {
  return (
    <EmailLayout preview="The password of your Relaydesk account was changed." heading="Your password was changed">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>The password of your Relaydesk account was just changed.</EmailParagraph>
      <EmailParagraph muted>If you did not change it, reset your password now and contact support so we can secure your account.</EmailParagraph>
    </EmailLayout>
  );
}

export function passwordChangedText({ name }: Props): string {
  return textEmail([
    greeting(name),
    'The password of your Relaydesk account was just changed.',
    'If you did not change it, reset your password now and contact support so we can secure your account.',
  ]);
}
