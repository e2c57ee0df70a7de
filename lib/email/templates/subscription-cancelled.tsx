import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'subscription-cancelled'>;

const body = ({ workspaceName, planName, endsOn, ended }: Props) =>
  ended
    ? [
        `The ${planName} subscription of ${workspaceName} ended on ${endsOn}. Sending replies is paused; incoming messages are still saved and nothing in the workspace was deleted.`,
        'Choose a plan any time to pick up where you left off.',
      ]
    : [
        `The ${planName} subscription of ${workspaceName} is cancelled and ends on ${endsOn}. Until then everything works as before, and you will not be charged again.`,
        'Changed your mind? Renew it from the Billing page before that date.',
      ];

export function SubscriptionCancelled(props: Props) {
  return (
    <EmailLayout preview={body(props)[0]!} heading={props.ended ? 'Your subscription has ended' : 'Your subscription is cancelled'}>
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      {body(props).map((p) => <EmailParagraph key={p}>{p}</EmailParagraph>)}
      <EmailButton href={props.url}>Open Billing</EmailButton>
    </EmailLayout>
  );
}

export function subscriptionCancelledText(props: Props): string {
  return textEmail([greeting(props.name), ...body(props), 'Open Billing:', props.url]);
}
