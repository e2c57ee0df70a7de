// Serves an operator's upload to Meta, which fetches outbound media by URL without our session.
// The signed, expiring URL is the capability (outbound-media-signature.ts); the lookup by id alone
// is therefore `unsafe…` by name but safe: only we can mint a valid signature for an id.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { sessionKeyring } from '../auth/session-keyring';
import { db } from '../db';
import { AppError } from '../errors';
import { getStorage } from '../storage/storage';
import { verifyOutboundMedia } from './outbound-media-signature';

export async function openOutboundMediaFile(options: { uploadId: string; exp: string | null; sig: string | null; now?: Date }) {
  if (!z.uuid().safeParse(options.uploadId).success) throw new AppError('forbidden', 'This link is not valid.');
  const verdict = verifyOutboundMedia({ uploadId: options.uploadId, exp: options.exp, sig: options.sig, keyring: sessionKeyring(), now: options.now });
  if (verdict === 'expired') throw new AppError('forbidden', 'This link has expired.');
  if (verdict !== 'valid') throw new AppError('forbidden', 'This link is not valid.');
  const upload = await unsafeGetOutboundUpload(options.uploadId);
  if (!upload) throw new AppError('not_found', 'File not found');
  const stat = await getStorage().stat(upload.storageKey);
  if (!stat) throw new AppError('not_found', 'File not found');
  const body = Readable.toWeb(await getStorage().get(upload.storageKey)) as ReadableStream<Uint8Array>;
  const fileName = upload.fileName.replace(/[^\w.\- ]+/g, '_');
  return {
    body,
    headers: {
      'content-type': upload.mimeType, 'content-length': String(stat.sizeBytes), 'content-disposition': `inline; filename="${fileName}"`,
      'x-content-type-options': 'nosniff', 'cache-control': 'private, max-age=600',
    },
  };
}

/** Unscoped by design: called only after the signature check above. */
function unsafeGetOutboundUpload(id: string) {
  return db.outboundUpload.findUnique({ where: { id }, select: { storageKey: true, mimeType: true, fileName: true } });
}
