import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'agent-cap-reached'>;

export function AgentCapReached({ name, workspaceName, month, capLabel, url }: Props) {
  return (
    <EmailLayout preview={`The AI assistant in ${workspaceName} reached its ${capLabel} for ${month}.`} heading="Your AI assistant reached its monthly cap">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      <EmailParagraph>
        The AI assistant in <strong>{workspaceName}</strong> reached its {capLabel} for {month}. Until the month ends or the cap is raised, it
        still writes replies but saves them as drafts for your team to approve instead of sending them.
      </EmailParagraph>
      <EmailButton href={url}>See usage and the cap</EmailButton>
      <EmailParagraph muted>You get this email once a month per workspace.</EmailParagraph>
    </EmailLayout>
  );
}

export function agentCapReachedText({ name, workspaceName, month, capLabel, url }: Props): string {
  return textEmail([
    greeting(name),
    `The AI assistant in ${workspaceName} reached its ${capLabel} for ${month}. Until the month ends or the cap is raised, it still writes replies but saves them as drafts for your team to approve instead of sending them.`,
    'See usage and the cap:',
    url,
    'You get this email once a month per workspace.',
  ]);
}
