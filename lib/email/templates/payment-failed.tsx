import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'payment-failed'>;

const body = ({ workspaceName, amount, nextAttemptOn }: Props) => [
  `We could not collect ${amount} for ${workspaceName}: the payment was declined.`,
  nextAttemptOn
    ? `We will try again on ${nextAttemptOn}. Update the payment method before then and we retry at once; your team can keep working meanwhile.`
    : 'We will not retry this payment automatically. Update the payment method to pay it; until then sending replies stays paused.',
];

export function PaymentFailed(props: Props) {
  return (
    <EmailLayout preview={`We could not collect ${props.amount} for ${props.workspaceName}.`} heading="Your payment failed">
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      {body(props).map((p) => <EmailParagraph key={p}>{p}</EmailParagraph>)}
      <EmailButton href={props.portalUrl}>Update payment method</EmailButton>
      {props.invoiceUrl ? <EmailParagraph muted>The invoice: <a href={props.invoiceUrl}>{props.invoiceUrl}</a></EmailParagraph> : null}
    </EmailLayout>
  );
}

export function paymentFailedText(props: Props): string {
  return textEmail([greeting(props.name), ...body(props), 'Update payment method:', props.portalUrl, ...(props.invoiceUrl ? [`The invoice: ${props.invoiceUrl}`] : [])]);
}
