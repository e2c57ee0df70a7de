import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'ai-limit-reached'>;

const body = ({ workspaceName, month, limitLabel }: Props) => [
  `The AI assistant in ${workspaceName} has written the ${limitLabel} for ${month}.`,
  'Until the month ends or you upgrade, it stops sending on its own: it still drafts replies, and your team approves each one. Replies your team writes are never limited.',
];

export function AiLimitReached(props: Props) {
  return (
    <EmailLayout preview={`The AI assistant in ${props.workspaceName} used this month's AI replies.`} heading="AI replies for this month are used up">
      <EmailParagraph>{greeting(props.name)}</EmailParagraph>
      {body(props).map((p) => <EmailParagraph key={p}>{p}</EmailParagraph>)}
      <EmailButton href={props.url}>See plans and usage</EmailButton>
      <EmailParagraph muted>You get this email once a month per workspace.</EmailParagraph>
    </EmailLayout>
  );
}

export function aiLimitReachedText(props: Props): string {
  return textEmail([greeting(props.name), ...body(props), 'See plans and usage:', props.url, 'You get this email once a month per workspace.']);
}
