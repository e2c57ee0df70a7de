// Serves stored media to members of the media's workspace only: loaded through ctx.db, so
// another workspace's id is simply "not found".
import { Readable } from 'node:stream';
import { z } from 'zod';
import { AppError } from '../errors';
import { getStorage } from '../storage/storage';
import type { WorkspaceContext } from '../workspaces/context';
import { isInlineMime } from './media-policy';

export type MediaFileResponse = { status: 200 | 206 | 416; headers: Record<string, string>; body: ReadableStream<Uint8Array> | null };

export async function openMediaFile(options: { ctx: Pick<WorkspaceContext, 'db' | 'can'>; mediaId: string; rangeHeader?: string | null }): Promise<MediaFileResponse> {
  const { ctx } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  if (!z.uuid().safeParse(options.mediaId).success) throw new AppError('not_found', 'Media not found');
  const media = await ctx.db.messageMedia.findFirst({
    where: { id: options.mediaId, status: 'stored' },
    select: { id: true, storageKey: true, mimeType: true, fileName: true },
  });
  if (!media?.storageKey) throw new AppError('not_found', 'Media not found');
  const storage = getStorage();
  const stat = await storage.stat(media.storageKey);
  if (!stat) throw new AppError('not_found', 'Media file is missing');
  const contentType = media.mimeType ?? stat.contentType ?? 'application/octet-stream';
  const fileName = (media.fileName ?? `${media.id}`).replace(/[^\w.\- ]+/g, '_');
  const headers: Record<string, string> = {
    'content-type': contentType,
    'content-disposition': `${isInlineMime(contentType) ? 'inline' : 'attachment'}; filename="${fileName}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=3600',
    'accept-ranges': 'bytes',
  };
  const range = parseRange(options.rangeHeader ?? null, stat.sizeBytes);
  if (range === 'invalid') return { status: 416, headers: { ...headers, 'content-range': `bytes */${stat.sizeBytes}` }, body: null };
  const stream = await storage.get(media.storageKey, range ?? undefined);
  const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  if (!range) return { status: 200, headers: { ...headers, 'content-length': String(stat.sizeBytes) }, body };
  return {
    status: 206,
    headers: { ...headers, 'content-length': String(range.end - range.start + 1), 'content-range': `bytes ${range.start}-${range.end}/${stat.sizeBytes}` },
    body,
  };
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range (what audio/video elements send). */
export function parseRange(header: string | null, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null; // multi-range or junk: send it all
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (size === 0 || start > end || start >= size) return 'invalid';
  return { start, end };
}
