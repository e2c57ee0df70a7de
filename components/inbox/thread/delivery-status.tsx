import type { MessageStatus } from '@/lib/inbox/list-thread-messages';
import { deliveryTick } from './thread-format';

/** The tick (or clock) after an outgoing message's time; the label is read out. */
export function DeliveryStatus({ status }: { status: MessageStatus }) {
  const tick = deliveryTick(status);
  if (!tick) return null;
  const tone = tick.tone === 'read' ? 'text-sky-600' : tick.tone === 'failed' ? 'font-bold text-red-700' : 'text-slate-500';
  return (
    <span className={`text-xs ${tone}`} title={tick.label}>
      {status === 'queued' ? (
        <svg aria-hidden viewBox="0 0 16 16" className="inline h-3 w-3 align-[-1px]" fill="none" stroke="currentColor" strokeWidth="1.5"><circle cx="8" cy="8" r="6.25" /><path d="M8 4.5V8l2.25 1.5" strokeLinecap="round" /></svg>
      ) : (
        <span aria-hidden>{tick.symbol}</span>
      )}
      <span className="sr-only">{tick.label}</span>
    </span>
  );
}
