// An uploaded file as outbound content: Meta gets a signed, expiring absolute URL to fetch it
// from, and the message keeps a MessageMedia row on the same stored bytes for the thread.
import { sessionKeyring } from '../../auth/session-keyring';
import { env } from '../../env';
import { AppError } from '../../errors';
import { OUTBOUND_MEDIA_URL_TTL_MS, signOutboundMedia } from '../../media/outbound-media-signature';
import type { WorkspaceContext } from '../../workspaces/context';
import type { OutboundContentInput } from '../outbound-content.schema';
import type { OutboundMediaInput } from '../queue-outbound-message';

export function outboundMediaUrl(uploadId: string, now = new Date()): string {
  const { exp, sig } = signOutboundMedia({ uploadId, expiresAt: new Date(now.getTime() + OUTBOUND_MEDIA_URL_TTL_MS), keyring: sessionKeyring() });
  const url = new URL(`/api/media/outbound/${uploadId}`, env().APP_URL);
  url.searchParams.set('exp', String(exp));
  url.searchParams.set('sig', sig);
  return url.toString();
}

export async function outboundUploadContent(options: { ctx: Pick<WorkspaceContext, 'db'>; uploadId: string }): Promise<{ content: OutboundContentInput; media: OutboundMediaInput }> {
  const upload = await options.ctx.db.outboundUpload.findFirst({
    where: { id: options.uploadId },
    select: { id: true, kind: true, mimeType: true, sizeBytes: true, fileName: true, storageKey: true },
  });
  if (!upload) throw new AppError('not_found', 'This attachment is gone. Attach the file again.');
  const kind = upload.kind as 'image' | 'video' | 'audio' | 'document';
  return {
    content: { type: 'media', kind, url: outboundMediaUrl(upload.id), fileName: upload.fileName },
    media: { kind, mimeType: upload.mimeType, sizeBytes: upload.sizeBytes, fileName: upload.fileName, storageKey: upload.storageKey },
  };
}
