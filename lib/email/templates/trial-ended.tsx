import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'trial-ended'>;

const body = ({ workspaceName }: Props) => [
  `The free trial of ${workspaceName} has ended, so sending replies is paused — for your team and for the AI assistant.`,
  'Nothing is lost: incoming messages are still saved, and everything in the workspace stays as it is. Choose a plan and sending resumes at once.',
];

export function TrialEnded(props: Props) {
  return (
    <EmailLayout preview={`Sending is paused in ${props.workspaceName} until a plan is chosen.`} heading="Your trial has ended">
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      {body(props).map((p) => <EmailParagraph key={p}>{p}</EmailParagraph>)}
      <EmailButton href={props.url}>Choose a plan</EmailButton>
    </EmailLayout>
  );
}

export function trialEndedText(props: Props): string {
  return textEmail([greeting(props.name), ...body(props), 'Choose a plan:', props.url]);
}
