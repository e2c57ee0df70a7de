import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'privacy-notice'>;

export function PrivacyNotice({ name, heading, paragraphs, action }: Props) {
  return (
    <EmailLayout preview={paragraphs[0]!} heading={heading}>
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      {paragraphs.map((p, i) => (
        <EmailParagraph key={i}>{p}</EmailParagraph>
      ))}
      {action ? <EmailButton href={action.url}>{action.label}</EmailButton> : null}
    </EmailLayout>
  );
}

export function privacyNoticeText({ name, paragraphs, action }: Props): string {
  return textEmail([greeting(name), ...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : [])]);
}
