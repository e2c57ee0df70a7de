import type { ChannelType } from '@/lib/inbox/list-thread-messages';
import { channelTypeLabel } from '@/lib/channels/channel-labels';

const appName = channelTypeLabel;

/** A message Meta's API does not deliver the content of (kept raw for a later replay). */
export function UnsupportedNotice({ channelType }: { channelType: ChannelType }) {
  return (
    <p className="text-sm italic text-slate-700">
      This message type is not supported by Meta&rsquo;s API — open the {appName[channelType]} app to see it.
    </p>
  );
}
