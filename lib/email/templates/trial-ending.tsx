import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'trial-ending'>;

const body = ({ workspaceName, daysLeft, endsOn, planLabel }: Props) => [
  `The free trial of ${workspaceName} ends on ${endsOn} — in ${daysLeft} day${daysLeft === 1 ? '' : 's'}.`,
  `Choose a plan before then to keep replying to your customers without a break. Your choice at sign-up was ${planLabel}; you can pick any plan. After the trial, incoming messages are still saved, but nobody — person or AI — can send replies until a plan is chosen.`,
];

export function TrialEnding(props: Props) {
  return (
    <EmailLayout preview={`The free trial of ${props.workspaceName} ends on ${props.endsOn}.`} heading="Your trial ends soon">
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      {body(props).map((p) => <EmailParagraph key={p}>{p}</EmailParagraph>)}
      <EmailButton href={props.url}>Choose a plan</EmailButton>
    </EmailLayout>
  );
}

export function trialEndingText(props: Props): string {
  return textEmail([greeting(props.name), ...body(props), 'Choose a plan:', props.url]);
}
