import { formatAbsolute } from '@/components/audit/format-time';
import type { ThreadMessage } from '@/lib/inbox/list-thread-messages';

/** A reaction whose message is not on this page: a small centred line instead of a bubble. */
export function ReactionLine({ message }: { message: ThreadMessage }) {
  const who = message.direction === 'inbound' ? 'The customer' : 'You';
  const emoji = typeof message.details.emoji === 'string' ? message.details.emoji : message.text;
  return (
    <p className="py-1 text-center text-xs text-slate-600" title={formatAbsolute(message.sentAt)}>
      {emoji ? <>{who} reacted {emoji} to an earlier message</> : <>{who} removed a reaction</>}
    </p>
  );
}
