/** The Relaydesk mark: two speech bubbles relayed through one desk. */
export function Logo({ className = 'h-7 w-7' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <path d="M8 10.5A2.5 2.5 0 0 1 10.5 8h8A2.5 2.5 0 0 1 21 10.5v4a2.5 2.5 0 0 1-2.5 2.5H13l-3.5 3v-3.2A2.5 2.5 0 0 1 8 14.5z" fill="#fff" />
      <path d="M23 13.5h.5A2.5 2.5 0 0 1 26 16v4a2.5 2.5 0 0 1-1.5 2.3V25l-3-2.5H17a2.5 2.5 0 0 1-2.3-1.5" fill="none" stroke="#c7d4ff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
