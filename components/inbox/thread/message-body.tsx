// What is inside a bubble, by message kind. `details` shapes come from the normalisers in
// lib/channels/providers (inbound) and lib/inbox/queue-outbound-message.ts (outbound).
import { safeLinkUrl } from '@/lib/http/safe-link-url';
import type { ChannelType } from '@/lib/inbox/list-thread-messages';
import type { ThreadMessage } from '@/lib/inbox/list-thread-messages';
import { ContactsCard } from './contacts-card';
import { LocationCard, type SharedLocation } from './location-card';
import { MediaAttachment, MediaNotice } from './media-attachment';
import { ReplyQuote } from './reply-quote';
import { ShareCard } from './share-card';
import { StoryPreview } from './story-preview';
import { UnsupportedNotice } from './unsupported-notice';

const str = (value: unknown) => (typeof value === 'string' ? value : null);
const obj = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

export function MessageBody({ message, channelType, now }: { message: ThreadMessage; channelType: ChannelType; now: Date }) {
  const { details } = message;
  if (message.status === 'deleted') return <p className="text-sm italic text-slate-600">This message was deleted.</p>;
  if (message.kind === 'unsupported') return <UnsupportedNotice channelType={channelType} />;
  return (
    <>
      {message.replyTo ? <ReplyQuote replyTo={message.replyTo} /> : null}
      {message.kind === 'story_mention' ? <StoryPreview kind="story_mention" url={str(details.storyUrl) ?? message.media[0]?.sourceUrl ?? null} sentAt={message.sentAt} now={now} /> : null}
      {message.kind === 'story_reply' ? <StoryPreview kind="story_reply" url={str(obj(details.story)?.url)} sentAt={message.sentAt} now={now} /> : null}
      {message.kind === 'story_mention' ? null : <Attachments message={message} />}
      {message.kind === 'location' && obj(details.location) ? <LocationCard location={obj(details.location) as SharedLocation} /> : null}
      {message.kind === 'contacts' ? <ContactsCard contacts={details.contacts} /> : null}
      {obj(details.share) ? <ShareCard share={obj(details.share)!} /> : null}
      <BodyText message={message} />
    </>
  );
}

function Attachments({ message }: { message: ThreadMessage }) {
  const voice = message.details.voice === true;
  if (message.media.length) {
    return <div className="mb-1 space-y-1.5">{message.media.map((m) => <MediaAttachment key={m.id} media={m} voice={voice} />)}</div>;
  }
  // Outbound media is sent from a link; there is no stored copy.
  const content = obj(message.details.content);
  const contentUrl = safeLinkUrl(content?.url);
  if (message.direction === 'outbound' && content?.type === 'media' && contentUrl) {
    const url = contentUrl;
    return (
      <a href={url} target="_blank" rel="noopener noreferrer" className="mb-1 block max-w-xs truncate rounded-lg bg-white/70 p-2.5 text-sm text-brand-800 underline ring-1 ring-slate-200">
        {str(content.fileName) ?? `${String(content.kind ?? 'file')} link`}
      </a>
    );
  }
  if (['image', 'video', 'audio', 'document', 'sticker'].includes(message.kind) && message.direction === 'inbound') {
    return <MediaNotice tone="muted">Meta sent this {message.kind} without a file.</MediaNotice>;
  }
  return null;
}

function BodyText({ message }: { message: ThreadMessage }) {
  const { details } = message;
  if (message.kind === 'reaction') {
    // Only reactions whose target is not on this page reach a bubble; see ReactionLine.
    return null;
  }
  if (message.kind === 'postback') {
    return <p className="text-sm"><span className="text-xs font-semibold text-slate-600">Tapped button: </span>{message.text ?? str(details.payload) ?? 'a button'}</p>;
  }
  if (message.kind === 'interactive_reply' || message.kind === 'button_reply') {
    return <p className="text-sm"><span className="text-xs font-semibold text-slate-600">Chose: </span>{message.text}</p>;
  }
  if (message.kind === 'location' || message.kind === 'contacts') return null;
  // Media file names are already on the attachment card.
  if (message.direction === 'outbound' && obj(details.content)?.type === 'media') return null;
  if (!message.text) {
    if (message.kind === 'text' || message.kind === 'comment') return <p className="text-sm italic text-slate-600">(empty message)</p>;
    return null;
  }
  return <p className="whitespace-pre-wrap break-words text-sm">{message.text}</p>;
}
