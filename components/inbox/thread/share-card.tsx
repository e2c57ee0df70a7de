// A shared post, reel or link.
export function ShareCard({ share }: { share: { url?: string | null; title?: string | null; type?: string | null } }) {
  const label = share.type === 'ig_reel' || share.type === 'reel' ? 'Shared a reel' : 'Shared a post';
  const body = (
    <>
      <span className="block text-xs font-semibold text-slate-600">{label}</span>
      <span className="block truncate text-sm text-slate-900">{share.title || share.url || 'No preview available'}</span>
    </>
  );
  return share.url ? (
    <a href={share.url} target="_blank" rel="noopener noreferrer" className="block max-w-xs rounded-lg bg-white/70 p-2.5 ring-1 ring-slate-200 hover:bg-white focus-visible:outline-2 focus-visible:outline-brand-600">{body}</a>
  ) : (
    <div className="max-w-xs rounded-lg bg-white/70 p-2.5 ring-1 ring-slate-200">{body}</div>
  );
}
