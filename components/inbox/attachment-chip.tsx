'use client';
// The pending attachment under the textarea: upload progress (cancellable), ready, or the reason it failed.
import type { Attachment } from './use-attachment-upload';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function AttachmentChip({ attachment, onRemove }: { attachment: Attachment; onRemove: () => void }) {
  const percent = attachment.state === 'uploading' ? Math.round(attachment.progress * 100) : 100;
  const audioPreview = attachment.state === 'ready' && attachment.previewUrl && attachment.kind === 'audio' ? attachment.previewUrl : null;
  return (
    <div className={`rounded-lg px-3 py-2 text-sm ring-1 ${attachment.state === 'error' ? 'bg-red-50 ring-red-200' : 'bg-slate-50 ring-slate-200'}`}>
      <div className="flex items-center gap-3">
        {attachment.state === 'ready' && attachment.previewUrl && attachment.kind === 'image' ? (
          // eslint-disable-next-line @next/next/no-img-element -- a local object URL, not an optimisable asset
          <img src={attachment.previewUrl} alt="" className="h-10 w-10 rounded object-cover" />
        ) : null}
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium text-slate-900" title={attachment.fileName}>{attachment.fileName}</p>
          {attachment.state === 'uploading' ? (
            <>
              <progress max={100} value={percent} aria-label={`Uploading ${attachment.fileName}`} className="mt-1 h-1.5 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600" />
              <p className="text-xs text-slate-600" aria-live="polite">Uploading… {percent}%</p>
            </>
          ) : attachment.state === 'ready' ? (
            <p className="text-xs text-slate-600">{size(attachment.sizeBytes)} · ready to send</p>
          ) : (
            <p role="alert" className="text-xs text-red-800">{attachment.message}</p>
          )}
        </div>
        <button type="button" onClick={onRemove} className="shrink-0 rounded-md px-2 py-1 text-xs font-semibold text-slate-700 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600">
          {attachment.state === 'uploading' ? 'Cancel upload' : 'Remove'}
        </button>
      </div>
      {/* The player gets a row of its own: beside the name it took the width and squeezed the
          voice note's name to a few letters (issue 14). */}
      {audioPreview ? <audio controls src={audioPreview} className="mt-2 h-8 w-full" aria-label={`Preview of ${attachment.fileName}`} /> : null}
    </div>
  );
}
