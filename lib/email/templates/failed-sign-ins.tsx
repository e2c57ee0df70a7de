import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'failed-sign-ins'>;

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });

function summary({ attempts, since, lastIpAddress }: Props): string {
  return `Since ${when(since)} UTC, ${attempts} sign-in attempt${attempts === 1 ? '' : 's'} with a wrong password ${attempts === 1 ? 'was' : 'were'} made on your Relaydesk account${lastIpAddress ? ` (the latest from IP ${lastIpAddress})` : ''}.`;
}

const reassurance = 'Nobody got in with a wrong password, and addresses that keep failing are slowed down automatically — you can still log in as usual.';
const ifNotYou = 'If these were not you, choose a long, unique password and check the devices signed in to your account:';

export function FailedSignIns(props: Props) {
  return (
    <EmailLayout preview="Wrong passwords were tried on your Relaydesk account." heading="Failed sign-in attempts">
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      <EmailParagraph>{summary(props)}</EmailParagraph>
      <EmailParagraph>{reassurance}</EmailParagraph>
      <EmailParagraph>{ifNotYou}</EmailParagraph>
      <EmailButton href={props.resetUrl}>Choose a new password</EmailButton>
      <EmailParagraph muted>Signed-in devices: <a href={props.sessionsUrl}>{props.sessionsUrl}</a>. If it was you, there is nothing to do. We send this email at most once a day.</EmailParagraph>
    </EmailLayout>
  );
}

export function failedSignInsText(props: Props): string {
  return textEmail([
    greeting(props.name),
    summary(props),
    reassurance,
    ifNotYou,
    `Choose a new password: ${props.resetUrl}`,
    `Signed-in devices: ${props.sessionsUrl}`,
    'If it was you, there is nothing to do. We send this email at most once a day.',
  ]);
}
