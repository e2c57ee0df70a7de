import type { ChannelSummary } from '@/lib/channels/list-channels';

const styles: Record<ChannelSummary['type'], { label: string; className: string }> = {
  instagram: { label: 'IG', className: 'bg-gradient-to-br from-amber-400 via-pink-500 to-purple-600' },
  messenger: { label: 'M', className: 'bg-gradient-to-br from-sky-500 to-violet-600' },
  whatsapp: { label: 'WA', className: 'bg-emerald-600' },
};

/** A decorative badge; the card names the channel type in text next to it. */
export function ChannelTypeIcon({ type }: { type: ChannelSummary['type'] }) {
  const style = styles[type];
  return (
    <span aria-hidden="true" className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-xl text-sm font-bold text-white ${style.className}`}>
      {style.label}
    </span>
  );
}
