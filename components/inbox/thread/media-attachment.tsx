// One attachment of a message: image, video, audio/voice, document or sticker, shown honestly
// while it is still downloading, when the download failed, or when it is only a remote link.
import { safeLinkUrl } from '@/lib/http/safe-link-url';
import type { ThreadMedia } from '@/lib/inbox/list-thread-messages';
import { formatFileSize } from './thread-format';

const mediaUrl = (id: string) => `/api/media/${id}`;

export function MediaAttachment({ media, voice }: { media: ThreadMedia; voice?: boolean }) {
  if (media.status === 'pending') return <MediaNotice tone="muted">Downloading {noun(media, voice)}…</MediaNotice>;
  if (media.status === 'failed') {
    return <MediaNotice tone="error">The {noun(media, voice)} could not be downloaded{media.error ? `: ${media.error}` : '.'}</MediaNotice>;
  }
  if (media.status === 'remote_only') return <RemoteMedia media={media} />;
  return <StoredMedia media={media} voice={voice} />;
}

function StoredMedia({ media, voice }: { media: ThreadMedia; voice?: boolean }) {
  const src = mediaUrl(media.id);
  if (media.kind === 'image' || media.kind === 'sticker') {
    return (
      <a href={src} target="_blank" rel="noopener" className="block overflow-hidden rounded-lg focus-visible:outline-2 focus-visible:outline-brand-600" title="Open full size">
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own Range-aware media route */}
        <img src={src} alt={media.kind === 'sticker' ? 'Sticker' : (media.fileName ?? 'Image')} loading="lazy" className={media.kind === 'sticker' ? 'h-28 w-28 object-contain' : 'max-h-72 min-h-24 w-auto min-w-32 max-w-full bg-slate-100 object-contain'} />
        <span className="sr-only"> (opens full size in a new tab)</span>
      </a>
    );
  }
  if (media.kind === 'video') {
    return <video controls preload="metadata" src={src} className="max-h-72 w-full max-w-sm rounded-lg bg-black" aria-label={media.fileName ?? 'Video'} />;
  }
  if (media.kind === 'audio') {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-xs font-semibold text-slate-600">{voice ? 'Voice message' : (media.fileName ?? 'Audio')}</span>
        <audio controls preload="metadata" src={src} className="w-64 max-w-full" aria-label={voice ? 'Voice message' : (media.fileName ?? 'Audio')} />
      </div>
    );
  }
  return <DocumentCard media={media} href={src} />;
}

function DocumentCard({ media, href }: { media: ThreadMedia; href: string }) {
  const size = formatFileSize(media.sizeBytes);
  const name = media.fileName ?? 'Document';
  return (
    <a href={href} download={name} className="flex items-center gap-3 rounded-lg bg-white/80 p-2.5 ring-1 ring-slate-200 hover:bg-white focus-visible:outline-2 focus-visible:outline-brand-600">
      <span aria-hidden className="flex h-9 w-9 shrink-0 items-center justify-center rounded-md bg-slate-100 text-xs font-bold uppercase text-slate-600">
        {extensionOf(name) ?? 'DOC'}
      </span>
      <span className="min-w-0">
        <span className="block truncate text-sm font-semibold text-slate-900">{name}</span>
        <span className="block text-xs text-slate-600">{[size, 'Download'].filter(Boolean).join(' · ')}</span>
      </span>
    </a>
  );
}

/** Story media and other CDN-only files: linked, never copied (Instagram policy). */
function RemoteMedia({ media }: { media: ThreadMedia }) {
  // The URL came from the webhook: only http(s) becomes a link or a media source.
  const sourceUrl = safeLinkUrl(media.sourceUrl);
  if (!sourceUrl) return <MediaNotice tone="muted">This file is only on Meta&rsquo;s servers and no link was included.</MediaNotice>;
  if (media.kind === 'video') return <video controls preload="none" src={sourceUrl} className="max-h-72 w-full max-w-sm rounded-lg bg-black" aria-label="Video (from Meta)" />;
  return (
    <a href={sourceUrl} target="_blank" rel="noopener noreferrer" className="block overflow-hidden rounded-lg focus-visible:outline-2 focus-visible:outline-brand-600">
      {/* eslint-disable-next-line @next/next/no-img-element -- Meta CDN link; must not be copied */}
      <img src={sourceUrl} alt="Media on Meta's servers" loading="lazy" referrerPolicy="no-referrer" className="max-h-72 w-auto max-w-full object-contain" />
    </a>
  );
}

export function MediaNotice({ tone, children }: { tone: 'muted' | 'error'; children: React.ReactNode }) {
  return (
    <p className={`rounded-lg px-3 py-2 text-xs ${tone === 'error' ? 'bg-red-50 text-red-800 ring-1 ring-red-200' : 'bg-slate-100 text-slate-700'}`}>{children}</p>
  );
}

function noun(media: ThreadMedia, voice?: boolean) {
  if (voice) return 'voice message';
  return { image: 'image', sticker: 'sticker', video: 'video', audio: 'audio', document: 'document', file: 'document' }[media.kind] ?? 'file';
}

function extensionOf(name: string): string | null {
  const match = /\.([a-z0-9]{1,4})$/i.exec(name);
  return match ? match[1]!.toUpperCase() : null;
}
