// Media blobs held by the simulator: small files stored as base64 in the record itself.
import { createHash, randomInt } from 'node:crypto';
import { getSimRecord, putSimRecord } from './simulator-store';

export type SimMedia = { base64: string; mimeType: string; sha256: string; fileSize: number };

export function mediaRecordFor(file: { base64: string; mimeType: string }): SimMedia {
  const bytes = Buffer.from(file.base64, 'base64');
  // WhatsApp reports sha256 as base64 (see the fixtures' image.sha256).
  return { base64: file.base64, mimeType: file.mimeType, sha256: createHash('sha256').update(bytes).digest('base64'), fileSize: bytes.length };
}

/** Numeric 16-digit id, the shape of WhatsApp media ids. */
export const newNumericId = (digits = 16) => String(randomInt(1, 10)) + Array.from({ length: digits - 1 }, () => randomInt(0, 10)).join('');

export async function createSimMedia(file: { base64: string; mimeType: string }): Promise<{ id: string } & SimMedia> {
  const id = newNumericId();
  const record = mediaRecordFor(file);
  await putSimRecord('media', id, record);
  return { id, ...record };
}

export const getSimMedia = (id: string) => getSimRecord<SimMedia>('media', id);
