import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { formatExpiry, textEmail } from './email-text';

type Props = EmailTemplateProps<'invite'>;

const roleLabels: Record<Props['role'], string> = { owner: 'an owner', admin: 'an admin', agent: 'an agent' };

export function Invite({ inviterName, workspaceName, role, url, expiresInHours }: Props) {
  const inviter = inviterName || 'A teammate';
  return (
    <EmailLayout preview={`${inviter} invited you to ${workspaceName} on Relaydesk.`} heading={`Join ${workspaceName} on Relaydesk`}>
      <EmailParagraph>
        {inviter} invited you to join <strong>{workspaceName}</strong> on Relaydesk as {roleLabels[role]}, to answer Instagram, Messenger and
        WhatsApp conversations together.
      </EmailParagraph>
      <EmailButton href={url}>Accept the invitation</EmailButton>
      <EmailParagraph muted>This invitation expires in {formatExpiry(expiresInHours)}. If you were not expecting it, you can ignore this email.</EmailParagraph>
    </EmailLayout>
  );
}

export function inviteText({ inviterName, workspaceName, role, url, expiresInHours }: Props): string {
  return textEmail([
    `${inviterName || 'A teammate'} invited you to join ${workspaceName} on Relaydesk as ${roleLabels[role]}, to answer Instagram, Messenger and WhatsApp conversations together.`,
    'Accept the invitation:',
    url,
    `This invitation expires in ${formatExpiry(expiresInHours)}. If you were not expecting it, you can ignore this email.`,
  ]);
}
