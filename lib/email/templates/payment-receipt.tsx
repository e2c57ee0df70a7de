import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'payment-receipt'>;

const body = ({ workspaceName, amount, invoiceNumber, paidOn, planLabel }: Props) => [
  `Thank you — we received ${amount} for ${workspaceName} on ${paidOn} (${planLabel}, invoice ${invoiceNumber}).`,
];

export function PaymentReceipt(props: Props) {
  return (
    <EmailLayout preview={`We received ${props.amount} for ${props.workspaceName}.`} heading="Payment received">
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      {body(props).map((p) => <EmailParagraph key={p}>{p}</EmailParagraph>)}
      <EmailButton href={props.receiptUrl}>View receipt</EmailButton>
      {props.pdfUrl ? <EmailParagraph muted>Download the invoice as PDF: <a href={props.pdfUrl}>{props.pdfUrl}</a></EmailParagraph> : null}
    </EmailLayout>
  );
}

export function paymentReceiptText(props: Props): string {
  return textEmail([greeting(props.name), ...body(props), 'View receipt:', props.receiptUrl, ...(props.pdfUrl ? [`Invoice PDF: ${props.pdfUrl}`] : [])]);
}
