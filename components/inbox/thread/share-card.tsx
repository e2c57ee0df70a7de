// A shared post, reel or link. The URL comes from the webhook: linked only if it is http(s).
import { safeLinkUrl } from '@/lib/http/safe-link-url';

export function ShareCard({ share }: { share: { url?: string | null; title?: string | null; type?: string | null } }) {
  const href = safeLinkUrl(share.url);
  const label = share.type === 'ig_reel' || share.type === 'reel' ? 'Shared a reel' : 'Shared a post';
  const body = (
    <>
      <span className="block text-xs font-semibold text-slate-600">{label}</span>
      <span className="block truncate text-sm text-slate-900">{share.title || href || 'No preview available'}</span>
    </>
  );
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" className="block max-w-xs rounded-lg bg-white/70 p-2.5 ring-1 ring-slate-200 hover:bg-white focus-visible:outline-2 focus-visible:outline-brand-600">{body}</a>
  ) : (
    <div className="max-w-xs rounded-lg bg-white/70 p-2.5 ring-1 ring-slate-200">{body}</div>
  );
}
