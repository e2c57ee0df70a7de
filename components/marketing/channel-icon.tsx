const styles = {
  instagram: 'bg-gradient-to-br from-amber-400 via-pink-500 to-purple-600',
  messenger: 'bg-gradient-to-br from-sky-400 to-blue-600',
  whatsapp: 'bg-emerald-500',
  ai: 'bg-brand-600',
} as const;

/** Simple line glyphs on brand-coloured tiles (not the networks' trademarked logos). */
export function ChannelIcon({ channel }: { channel: keyof typeof styles }) {
  return (
    <span className={`flex h-10 w-10 items-center justify-center rounded-xl text-white ${styles[channel]}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        {channel === 'instagram' && <><rect x="4" y="4" width="16" height="16" rx="5" /><circle cx="12" cy="12" r="3.5" /><circle cx="16.8" cy="7.2" r="0.6" fill="currentColor" /></>}
        {channel === 'messenger' && <path d="M12 4c-4.4 0-8 3.3-8 7.5 0 2.3 1.1 4.3 2.9 5.7V20l2.7-1.5c.8.2 1.6.3 2.4.3 4.4 0 8-3.3 8-7.4S16.4 4 12 4Zm-4 9 3-3 2 2 3-3" />}
        {channel === 'whatsapp' && <path d="M5 19l1.1-3.6A7.5 7.5 0 1 1 9 18.2L5 19Zm4.5-10c-.3 1.8 1.7 4.6 4.3 5.5l1.2-1.2-1.6-.9-.7.7c-.8-.4-1.5-1.1-1.9-1.9l.7-.7-.8-1.6Z" />}
        {channel === 'ai' && <><path d="M12 3v3M12 18v3M3 12h3M18 12h3" /><rect x="7" y="7" width="10" height="10" rx="3" /><path d="M10 12h4" /></>}
      </svg>
    </span>
  );
}
