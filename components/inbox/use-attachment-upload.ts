'use client';
// Uploads one attachment with XMLHttpRequest (fetch has no upload progress), cancellable.
import { useCallback, useRef, useState } from 'react';

export type Attachment =
  | { state: 'uploading'; fileName: string; sizeBytes: number; progress: number }
  | { state: 'ready'; fileName: string; sizeBytes: number; uploadId: string; kind: string; clientId: string; previewUrl: string | null }
  | { state: 'error'; fileName: string; message: string };

export function useAttachmentUpload() {
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const xhrRef = useRef<XMLHttpRequest | null>(null);

  const upload = useCallback((file: File) => {
    xhrRef.current?.abort();
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    setAttachment({ state: 'uploading', fileName: file.name, sizeBytes: file.size, progress: 0 });
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setAttachment({ state: 'uploading', fileName: file.name, sizeBytes: file.size, progress: event.loaded / event.total });
    };
    xhr.onload = () => {
      xhrRef.current = null;
      let body: { id?: string; kind?: string; message?: string } = {};
      try { body = JSON.parse(xhr.responseText) as typeof body; } catch { /* not JSON: generic message below */ }
      if (xhr.status === 201 && body.id && body.kind) {
        const previewUrl = /^(image|audio|video)\//.test(file.type) ? URL.createObjectURL(file) : null;
        setAttachment({ state: 'ready', fileName: file.name, sizeBytes: file.size, uploadId: body.id, kind: body.kind, clientId: crypto.randomUUID(), previewUrl });
      } else {
        setAttachment({ state: 'error', fileName: file.name, message: body.message ?? `The upload failed (HTTP ${xhr.status}). Please try again.` });
      }
    };
    xhr.onerror = () => {
      xhrRef.current = null;
      setAttachment({ state: 'error', fileName: file.name, message: 'The upload failed: check your connection and try again.' });
    };
    xhr.open('POST', '/api/inbox/uploads');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.send(file);
  }, []);

  const clear = useCallback(() => {
    xhrRef.current?.abort();
    xhrRef.current = null;
    setAttachment((a) => {
      if (a?.state === 'ready' && a.previewUrl) URL.revokeObjectURL(a.previewUrl);
      return null;
    });
  }, []);

  return { attachment, upload, clear };
}
