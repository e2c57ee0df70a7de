// The post a comment thread belongs to, above its comments.
import { safeLinkUrl } from '@/lib/http/safe-link-url';

export function PostCard({ permalink, caption }: { permalink: string | null; caption: string | null }) {
  const href = safeLinkUrl(permalink);
  return (
    <div className="mx-auto mb-3 max-w-md rounded-lg bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Comments on a post</p>
      <p className="mt-1 line-clamp-3 text-slate-800">{caption || 'No caption'}</p>
      {href ? <a href={href} target="_blank" rel="noopener noreferrer" className="mt-1 inline-block text-xs font-semibold text-brand-700 underline">View the post on Instagram</a> : null}
    </div>
  );
}
