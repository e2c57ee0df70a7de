import { channelTypeLabel } from '@/lib/channels/channel-labels';

const styles = { instagram: 'bg-pink-50 text-pink-800 ring-pink-200', messenger: 'bg-sky-50 text-sky-800 ring-sky-200', whatsapp: 'bg-emerald-50 text-emerald-800 ring-emerald-200' } as const;

/** One channel identity as a small chip: channel type in text (not colour alone) and the handle. */
export function ChannelChip({ type, handle }: { type: keyof typeof styles; handle?: string }) {
  return (
    <span className={`inline-flex max-w-full items-center gap-1 truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${styles[type]}`}>
      <span>{channelTypeLabel[type]}</span>
      {handle ? <span className="truncate font-normal">· {handle}</span> : null}
    </span>
  );
}

export const identityHandle = (identity: { channelType?: string; channel?: { type: string }; externalId: string; username: string | null }) => {
  const type = identity.channelType ?? identity.channel?.type;
  return type === 'whatsapp' ? `+${identity.externalId}` : identity.username ? `@${identity.username}` : undefined;
};
