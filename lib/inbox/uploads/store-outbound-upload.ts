// An attachment an operator is about to send: checked against the media policy (type first,
// then the declared size, then the bytes actually read, then that the bytes are of that type),
// stored, recorded as an OutboundUpload.
import type { Prisma } from '../../generated/prisma/client';
import { generateUuidV7 } from '../../crypto/generate-uuid-v7';
import { AppError } from '../../errors';
import { cleanFileName } from '../../media/clean-file-name';
import { mediaRule } from '../../media/media-policy';
import { bytesMatchMediaType, describeBytes, mediaTypeLabel } from '../../media/sniff-media-type';
import { getStorage, mediaStorageKey } from '../../storage/storage';
import type { WorkspaceContext } from '../../workspaces/context';

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export async function storeOutboundUpload(options: {
  ctx: Pick<WorkspaceContext, 'db' | 'workspace' | 'user'>;
  body: ReadableStream<Uint8Array> | null;
  contentType: string | null;
  declaredBytes: number | null;
  fileName: string;
}): Promise<{ id: string; kind: string; mimeType: string; sizeBytes: number; fileName: string }> {
  const rule = mediaRule(options.contentType);
  if (!rule) throw new AppError('bad_request', `Files of type ${options.contentType || 'unknown'} cannot be sent. Send an image (JPEG, PNG, WebP, GIF), a video (MP4, 3GP), audio (OGG, MP3, M4A, AAC, AMR) or a document (PDF, Word, Excel, PowerPoint, text).`);
  const tooBig = () => new AppError('payload_too_large', `This ${rule.kind} is too large: ${rule.kind} files can be at most ${mb(rule.maxBytes)}.`);
  if (options.declaredBytes !== null && options.declaredBytes > rule.maxBytes) throw tooBig();
  if (!options.body) throw new AppError('bad_request', 'The file is empty.');

  // Read with a running cap, so a lying Content-Length cannot make us buffer more than the rule allows.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = options.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > rule.maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  if (total === 0) throw new AppError('bad_request', 'The file is empty.');
  const bytes = Buffer.concat(chunks, total);
  // The Content-Type is only the sender's claim; the file is stored, served and sent to Meta under
  // it, so the bytes must agree (sniff-media-type.ts).
  if (!bytesMatchMediaType(rule.mimeType, bytes)) {
    const claimed = `${mediaTypeLabel(rule.mimeType)} (${rule.mimeType})`;
    const actual = describeBytes(bytes);
    throw new AppError('bad_request', actual
      ? `This file was sent as ${claimed}, but its contents are ${actual}. Check the file's extension, or choose another file.`
      : `This file was sent as ${claimed}, but its contents are not. It may be damaged or renamed from another format; choose another file.`);
  }

  const id = generateUuidV7();
  const storageKey = mediaStorageKey(options.ctx.workspace.id, id);
  await getStorage().put(storageKey, bytes, { contentType: rule.mimeType });
  const fileName = cleanFileName(options.fileName, { maxLength: 240, fallback: rule.kind });
  await options.ctx.db.outboundUpload.create({
    data: { id, uploadedById: options.ctx.user.id, kind: rule.kind, mimeType: rule.mimeType, sizeBytes: total, fileName, storageKey } as Prisma.OutboundUploadUncheckedCreateInput,
  });
  return { id, kind: rule.kind, mimeType: rule.mimeType, sizeBytes: total, fileName };
}
