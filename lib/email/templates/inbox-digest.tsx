import type { EmailTemplateProps } from '../email-template-schemas';
import { EmailButton, EmailLayout, EmailParagraph } from './email-layout';
import { greeting, textEmail } from './email-text';

type Props = EmailTemplateProps<'inbox-digest'>;
type Item = Props['items'][number];

const kindLabel = (item: Item) => ({ mention: 'You were mentioned', handoff: 'The AI handed a conversation to the team', new_conversation: 'New conversation' })[item.kind];

export function InboxDigest({ name, items, moreCount, inboxUrl }: Props) {
  const total = items.length + moreCount;
  return (
    <EmailLayout preview={`${total} update${total === 1 ? '' : 's'} waiting in your inbox.`} heading="While you were away">
      <EmailParagraph>{greeting(name)}</EmailParagraph>
      {items.map((item, index) => (
        <div key={index} style={{ margin: '16px 0 0', padding: '12px 16px', border: '1px solid #e2e8f0', borderRadius: 8 }}>
          <p style={{ margin: 0, fontSize: 12, color: '#475569' }}>{kindLabel(item)} · {item.workspaceName}</p>
          <p style={{ margin: '4px 0 0', fontSize: 16, fontWeight: 600 }}>
            <a href={item.url} style={{ color: '#0f172a' }}>{item.contact}</a> <span style={{ fontWeight: 400, fontSize: 14, color: '#475569' }}>on {item.channel}</span>
          </p>
          <p style={{ margin: '4px 0 0', fontSize: 14, color: '#334155' }}>{item.excerpt}</p>
        </div>
      ))}
      {moreCount > 0 ? <EmailParagraph>…and {moreCount} more.</EmailParagraph> : null}
      <EmailButton href={inboxUrl}>Open the inbox</EmailButton>
      <EmailParagraph muted>You get these because of your notification settings in Relaydesk (Settings → Account).</EmailParagraph>
    </EmailLayout>
  );
}

export function inboxDigestText({ name, items, moreCount, inboxUrl }: Props): string {
  return textEmail([
    greeting(name),
    ...items.map((item) => `${kindLabel(item)} · ${item.workspaceName}\n${item.contact} on ${item.channel}\n${item.excerpt}\n${item.url}`),
    ...(moreCount > 0 ? [`…and ${moreCount} more.`] : []),
    `Open the inbox: ${inboxUrl}`,
    'You get these because of your notification settings in Relaydesk (Settings → Account).',
  ]);
}
