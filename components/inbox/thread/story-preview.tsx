// An Instagram story the customer mentioned us in or replied to. Story media stays on Meta's
// CDN (never copied) and disappears after 24 hours, so an old story is shown as expired.
import { safeLinkUrl } from '@/lib/http/safe-link-url';

const STORY_LIFETIME_MS = 24 * 3600_000;

export function StoryPreview({ kind, url: rawUrl, sentAt, now }: { kind: 'story_mention' | 'story_reply'; url: string | null; sentAt: Date; now: Date }) {
  // From the webhook: only an http(s) URL becomes a link and an image source.
  const url = safeLinkUrl(rawUrl);
  const expired = now.getTime() - sentAt.getTime() > STORY_LIFETIME_MS;
  const heading = kind === 'story_mention' ? 'Mentioned you in their story' : 'Replied to your story';
  return (
    <figure className="mb-1.5 flex items-center gap-2.5 rounded-lg bg-white/70 p-2 ring-1 ring-slate-200">
      {url && !expired ? (
        <a href={url} target="_blank" rel="noopener noreferrer" className="shrink-0 overflow-hidden rounded-md focus-visible:outline-2 focus-visible:outline-brand-600">
          {/* eslint-disable-next-line @next/next/no-img-element -- Meta CDN link; story media must not be copied */}
          <img src={url} alt="Story preview" loading="lazy" referrerPolicy="no-referrer" className="h-20 w-12 bg-slate-200 object-cover" />
        </a>
      ) : (
        <span aria-hidden className="flex h-20 w-12 shrink-0 items-center justify-center rounded-md bg-slate-200 text-lg text-slate-500">◎</span>
      )}
      <figcaption className="min-w-0 text-xs text-slate-700">
        <span className="block font-semibold text-slate-900">{heading}</span>
        {expired ? (
          <span className="block">The story has expired (stories last 24 hours), so its preview is gone.</span>
        ) : url ? (
          <span className="block">Preview from Instagram; it disappears when the story expires.</span>
        ) : (
          <span className="block">Instagram sent no preview for this story.</span>
        )}
      </figcaption>
    </figure>
  );
}
