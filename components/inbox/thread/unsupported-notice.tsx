import type { ChannelType } from '@/lib/inbox/list-thread-messages';

const appName: Record<ChannelType, string> = { instagram: 'Instagram', messenger: 'Messenger', whatsapp: 'WhatsApp' };

/** A message Meta's API does not deliver the content of (kept raw for a later replay). */
export function UnsupportedNotice({ channelType }: { channelType: ChannelType }) {
  return (
    <p className="text-sm italic text-slate-700">
      This message type is not supported by Meta&rsquo;s API — open the {appName[channelType]} app to see it.
    </p>
  );
}
