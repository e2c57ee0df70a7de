import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'channel-needs-reconnect'>;

export function ChannelNeedsReconnect({ name, workspaceName, channelType, channelName, url }: Props) {
  return (
    <EmailLayout preview={`${channelType} ${channelName} stopped receiving messages in ${workspaceName}.`} heading={`Reconnect ${channelType} ${channelName}`}>
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>
        Meta no longer accepts the access for the {channelType} channel <strong>{channelName}</strong> in <strong>{workspaceName}</strong>. Until
        it is reconnected, Relaydesk cannot receive or send its messages.
      </EmailParagraph>
      <EmailButton href={url}>Reconnect the channel</EmailButton>
      <EmailParagraph muted>This happens when a token expires, a password changes or the app&apos;s access is removed in Meta&apos;s settings.</EmailParagraph>
    </EmailLayout>
  );
}

export function channelNeedsReconnectText({ name, workspaceName, channelType, channelName, url }: Props): string {
  return textEmail([
    greeting(name),
    `Meta no longer accepts the access for the ${channelType} channel ${channelName} in ${workspaceName}. Until it is reconnected, Relaydesk cannot receive or send its messages.`,
    'Reconnect the channel:',
    url,
    "This happens when a token expires, a password changes or the app's access is removed in Meta's settings.",
  ]);
}
