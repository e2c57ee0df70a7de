import type { MessageStatus } from '@/lib/inbox/list-thread-messages';
import { deliveryTick } from './thread-format';

/** The tick (or clock) after an outgoing message's time; the label is read out. */
export function DeliveryStatus({ status }: { status: MessageStatus }) {
  const tick = deliveryTick(status);
  if (!tick) return null;
  const tone = tick.tone === 'read' ? 'text-sky-600' : tick.tone === 'failed' ? 'font-bold text-red-700' : 'text-slate-500';
  return (
    <span className={`text-xs ${tone}`} title={tick.label}>
      <span aria-hidden>{tick.symbol}</span>
      <span className="sr-only">{tick.label}</span>
    </span>
  );
}
