// One message: customer on the left, us on the right, with badges (AI, Template, public or
// private comment reply), sender note, time, delivery ticks, reactions and a failure row.
import { formatAbsolute, formatRelative } from '@/components/audit/format-time';
import type { ReplyProvenance as Provenance } from '@/lib/agent/runtime/agent-reply-provenance';
import type { ChannelType } from '@/lib/inbox/list-thread-messages';
import type { ThreadMessage } from '@/lib/inbox/list-thread-messages';
import { ReplyProvenance } from '../reply-provenance';
import { DeliveryStatus } from './delivery-status';
import { MessageBody } from './message-body';
import { RetryButton } from './retry-button';
import { clockTime, senderNote } from './thread-format';

export function MessageBubble({ message, channelType, now, provenance = null }: { message: ThreadMessage; channelType: ChannelType; now: Date; provenance?: Provenance | null }) {
  const ours = message.direction === 'outbound';
  const failed = message.status === 'failed';
  const note = senderNote(message.sender, channelType, message.authorName, message);
  const badges = badgesFor(message);
  const tone = failed ? 'bg-red-50 ring-red-300' : ours ? 'bg-brand-100 ring-brand-100' : 'bg-white ring-slate-200';
  return (
    <li className={`flex flex-col ${ours ? 'items-end' : 'items-start'}`}>
      {badges.length || note ? (
        <p className="mb-0.5 flex flex-wrap items-center gap-1 px-1 text-xs text-slate-600">
          {badges.map((b) => <span key={b.label} className={`rounded px-1.5 py-0.5 font-semibold ${b.className}`} title={b.title}>{b.label}</span>)}
          {note ? <span>{note}</span> : null}
        </p>
      ) : null}
      <div className={`max-w-[85%] rounded-2xl px-3 py-2 text-slate-900 shadow-sm ring-1 sm:max-w-[70%] ${tone} ${ours ? 'rounded-br-md' : 'rounded-bl-md'}`}>
        <span className="sr-only">{ours ? 'Sent' : 'Received'}: </span>
        <MessageBody message={message} channelType={channelType} now={now} />
        <p className="mt-1 flex items-center justify-end gap-1.5 text-[11px] leading-none text-slate-500">
          <time dateTime={message.sentAt.toISOString()} title={`${formatAbsolute(message.sentAt)} (${formatRelative(message.sentAt, now)})`}>{clockTime(message.sentAt)}</time>
          {ours ? <DeliveryStatus status={message.status} /> : null}
        </p>
      </div>
      {message.reactions.length ? (
        <p className={`-mt-1.5 flex gap-0.5 ${ours ? 'mr-3' : 'ml-3'}`} aria-label={`Reactions: ${message.reactions.map((r) => r.emoji).join(' ')}`}>
          {message.reactions.map((r) => (
            <span key={r.id} className="rounded-full bg-white px-1.5 text-sm shadow-sm ring-1 ring-slate-200" title={`${r.direction === 'inbound' ? 'Customer' : 'You'} · ${formatAbsolute(r.sentAt)}`}>{r.emoji}</span>
          ))}
        </p>
      ) : null}
      {failed ? (
        <div className="mt-1 flex max-w-[85%] flex-wrap items-center justify-end gap-2 text-xs text-red-800 sm:max-w-[70%]">
          <p role="alert">Not sent: {message.errorMessage ?? 'Meta refused this message.'}{message.errorCode ? ` (code ${message.errorCode})` : ''}</p>
          <RetryButton messageId={message.id} />
        </div>
      ) : null}
      {provenance ? <ReplyProvenance provenance={provenance} className="mt-0.5 max-w-[85%] px-1 text-right sm:max-w-[70%]" /> : null}
    </li>
  );
}

type Badge = { label: string; className: string; title?: string };

function badgesFor(message: ThreadMessage): Badge[] {
  const badges: Badge[] = [];
  if (message.sender === 'ai') badges.push({ label: 'AI', className: 'bg-violet-100 text-violet-800', title: 'Sent by the AI assistant' });
  if (message.kind === 'template' || message.sendTag === 'template') badges.push({ label: 'Template', className: 'bg-amber-100 text-amber-900', title: 'WhatsApp message template' });
  if (message.sendTag === 'HUMAN_AGENT') badges.push({ label: 'Human agent tag', className: 'bg-slate-200 text-slate-800', title: 'Sent with the HUMAN_AGENT tag (7-day window)' });
  const mode = message.details.mode;
  if (message.kind === 'comment' && message.direction === 'inbound') {
    badges.push({ label: message.details.parentId ? 'Comment reply' : 'Public comment', className: 'bg-pink-100 text-pink-800' });
  } else if (mode === 'comment_public') {
    badges.push({ label: 'Public reply', className: 'bg-pink-100 text-pink-800', title: 'Visible to everyone under the post' });
  } else if (mode === 'comment_private') {
    badges.push({ label: 'Private reply', className: 'bg-sky-100 text-sky-800', title: 'Sent as a direct message' });
  }
  return badges;
}
