import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'welcome'>;

const body = ({ workspaceName, trialDays, trialEndsOn, planLabel }: Props) => [
  `Your workspace ${workspaceName} is ready, and its ${trialDays}-day free trial runs until ${trialEndsOn}. No card is needed until then.`,
  `Start by connecting Instagram, Messenger or WhatsApp and teaching the AI assistant about your products. When the trial ends you can continue on ${planLabel} — or pick another plan on the Billing page.`,
];

export function Welcome(props: Props) {
  return (
    <EmailLayout preview={`Your ${props.trialDays}-day free trial runs until ${props.trialEndsOn}.`} heading="Welcome to Relaydesk">
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      {body(props).map((p) => <EmailParagraph key={p}>{p}</EmailParagraph>)}
      <EmailButton href={props.url}>Open Relaydesk</EmailButton>
    </EmailLayout>
  );
}

export function welcomeText(props: Props): string {
  return textEmail([greeting(props.name), ...body(props), 'Open Relaydesk:', props.url]);
}
