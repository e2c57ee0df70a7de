'use client';
// Drop zone + file picker for knowledge files. XMLHttpRequest (not fetch) because only XHR
// reports upload progress; each file gets its own progress bar and its own outcome.
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { formatBytes, knowledgeAccept } from '@/lib/agent/knowledge/knowledge-formats';

type Upload = { key: string; name: string; progress: number; state: 'uploading' | 'done' | 'error'; message?: string; fileId?: string };
/** Where each file stands now, from the page's file list (refreshed while anything is processing). */
export type KnowledgeFileStatus = { status: 'processing' | 'ready' | 'failed'; chunkCount: number; error: string | null };

/** The line under a finished upload: follows the file list instead of saying "indexing…" forever. */
export function uploadOutcome(current: KnowledgeFileStatus | undefined): { label: string; message: string; failed: boolean } {
  if (!current) return { label: 'Uploaded', message: 'Uploaded — indexing…', failed: false };
  if (current.status === 'ready') return { label: 'Ready', message: `Ready — ${current.chunkCount} ${current.chunkCount === 1 ? 'passage' : 'passages'} the assistant can quote.`, failed: false };
  if (current.status === 'failed') return { label: 'Failed', message: current.error ?? 'Indexing failed.', failed: true };
  return { label: 'Indexing', message: 'Uploaded — indexing…', failed: false };
}

export function KnowledgeUploader({ maxBytes, formats, files = {} }: { maxBytes: number; formats: string; files?: Record<string, KnowledgeFileStatus> }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);

  const update = (key: string, patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  function send(file: File) {
    const key = `${file.name}-${file.size}-${Date.now()}-${Math.random()}`;
    setUploads((all) => [{ key, name: file.name, progress: 0, state: 'uploading' as const }, ...all].slice(0, 8));
    // Checked again on the server; refusing here saves uploading 200 MB to hear "too large".
    if (file.size > maxBytes) return update(key, { state: 'error', message: `This file is too large: knowledge files can be at most ${formatBytes(maxBytes)}.` });
    const body = new FormData();
    body.set('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/agent/knowledge');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) update(key, { progress: Math.round((event.loaded / event.total) * 100) });
    };
    xhr.onload = () => {
      const response = (xhr.response ?? {}) as { message?: string; name?: string; id?: string };
      if (xhr.status === 201) {
        update(key, { state: 'done', progress: 100, fileId: response.id });
        router.refresh();
      } else {
        update(key, { state: 'error', message: response.message ?? 'The upload failed. Please try again.' });
      }
    };
    xhr.onerror = () => update(key, { state: 'error', message: 'The upload was interrupted. Check your connection and try again.' });
    xhr.send(body);
  }

  function sendAll(files: FileList | null) {
    for (const file of Array.from(files ?? [])) send(file);
    if (input.current) input.current.value = '';
  }

  return (
    <section aria-labelledby="upload-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id="upload-title" className="font-semibold">Add files</h2>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          sendAll(event.dataTransfer.files);
        }}
        className={`mt-3 flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-8 text-center transition-colors ${dragging ? 'border-brand-500 bg-brand-50' : 'border-slate-300'}`}
      >
        <p className="text-sm text-slate-700">Drag files here, or</p>
        <label className="cursor-pointer rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm focus-within:ring-2 focus-within:ring-brand-500 focus-within:ring-offset-2 hover:bg-brand-700">
          Choose files
          <input ref={input} type="file" multiple accept={knowledgeAccept} className="sr-only" aria-describedby="upload-limits" onChange={(event) => sendAll(event.target.files)} />
        </label>
        <p id="upload-limits" className="text-xs text-slate-600">
          {formats} · up to {formatBytes(maxBytes)} each · text only (scanned PDFs are not read)
        </p>
      </div>
      {uploads.length ? (
        <ul className="mt-4 space-y-3" aria-label="Uploads">
          {uploads.map((upload) => {
            const outcome = upload.state === 'done' ? uploadOutcome(upload.fileId ? files[upload.fileId] : undefined) : null;
            const failed = upload.state === 'error' || Boolean(outcome?.failed);
            const message = outcome ? outcome.message : upload.message;
            return (
            <li key={upload.key} className="text-sm">
              <div className="flex items-center justify-between gap-3">
                <span className="min-w-0 truncate font-medium">{upload.name}</span>
                <span className="shrink-0 text-xs text-slate-600">{upload.state === 'uploading' ? `${upload.progress}%` : outcome ? outcome.label : 'Failed'}</span>
              </div>
              <progress
                className={`mt-1 h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 ${failed ? '[&::-moz-progress-bar]:bg-red-500 [&::-webkit-progress-value]:bg-red-500' : '[&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-value]:bg-brand-600'}`}
                max={100}
                value={upload.progress}
                aria-label={`Upload of ${upload.name}`}
              />
              <p role={failed ? 'alert' : 'status'} className={failed ? 'mt-1 text-red-700' : 'mt-1 text-slate-600'}>
                {message ?? ''}
              </p>
            </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
