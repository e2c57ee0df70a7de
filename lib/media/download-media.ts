// Copies inbound media into our storage: WhatsApp media ids through Graph (two steps, Bearer on
// both, URL valid 5 minutes), IG/Messenger CDN URLs directly. IG story media is never copied
// (remote_only, meta-platform.md §b). Both downloads are URLs from outside (a webhook, or what
// Graph answered about a webhook's media id), so both go through safeFetch: no internal
// addresses, a few vetted redirects, the token never leaves the first host, a hard byte cap.
import { createHash } from 'node:crypto';
import { channelAccessToken } from '../channels/get-channel-access-token';
import { markChannelTokenExpired } from '../channels/mark-channel-token-expired';
import { db } from '../db';
import type { Logger } from '../logger';
import { graphBaseUrlFor } from '../meta/graph-base-url';
import { GraphApiError } from '../meta/graph-error';
import { graphRequest } from '../meta/graph-request';
import { safeFetch } from '../http/safe-fetch';
import { SafeFetchError } from '../http/safe-fetch-error';
import { getStorage, mediaStorageKey } from '../storage/storage';
import { ABSOLUTE_MAX_BYTES, mediaRule } from './media-policy';

type Outcome = 'stored' | 'failed' | 'skipped';

class MediaRejected extends Error {}

async function markFailed(mediaId: string, reason: string): Promise<Outcome> {
  await db.messageMedia.updateMany({ where: { id: mediaId, status: 'pending' }, data: { status: 'failed', error: reason.slice(0, 500) } });
  return 'failed';
}

function ruleFor(mimeType: string | null | undefined) {
  const rule = mediaRule(mimeType);
  if (!rule) throw new MediaRejected(`The file type ${mimeType ?? '(unknown)'} is not accepted.`);
  return rule;
}

export async function downloadMedia(options: { mediaId: string; finalAttempt: boolean; log: Logger }): Promise<Outcome> {
  const { mediaId, log } = options;
  // Unscoped: the id comes from a job payload written by ingestion for a row it created.
  const media = await db.messageMedia.findUnique({
    where: { id: mediaId },
    select: {
      id: true, workspaceId: true, status: true, mimeType: true, externalMediaId: true, sourceUrl: true,
      message: { select: { channel: { select: { id: true, type: true, status: true, accessTokenEnc: true, phoneNumberId: true } } } },
    },
  });
  // remote_only (IG story) must never be copied; stored/failed means a previous run finished.
  if (!media || media.status !== 'pending') return 'skipped';
  const channel = media.message.channel;
  try {
    let bytes: Buffer;
    let mimeType: string;
    if (media.externalMediaId) {
      const token = channelAccessToken(channel);
      const info = await graphRequest<{ url?: string; mime_type?: string; file_size?: number }>({
        baseUrl: graphBaseUrlFor(channel.type), path: `/${encodeURIComponent(media.externalMediaId)}`, accessToken: token,
        query: channel.phoneNumberId ? { phone_number_id: channel.phoneNumberId } : {},
      });
      const rule = ruleFor(info.mime_type ?? media.mimeType);
      if (info.file_size && info.file_size > rule.maxBytes) throw new MediaRejected(`The file is ${info.file_size} bytes; ${rule.kind} files may be at most ${rule.maxBytes} bytes.`);
      if (!info.url) throw new MediaRejected('Meta returned no download URL for this media.');
      ({ bytes } = await safeFetch({ url: info.url, credentials: { authorization: `Bearer ${token}` }, maxBytes: Math.min(rule.maxBytes, ABSOLUTE_MAX_BYTES) }));
      mimeType = rule.mimeType;
    } else if (media.sourceUrl) {
      // No token: it must never reach a CDN host (meta-platform.md §c).
      const download = await safeFetch({ url: media.sourceUrl, maxBytes: ABSOLUTE_MAX_BYTES });
      const rule = ruleFor(download.contentType ?? media.mimeType);
      if (download.bytes.length > rule.maxBytes) throw new MediaRejected(`The file is ${download.bytes.length} bytes; ${rule.kind} files may be at most ${rule.maxBytes} bytes.`);
      bytes = download.bytes;
      mimeType = rule.mimeType;
    } else {
      return markFailed(mediaId, 'Nothing to download: no media id or URL.');
    }
    const storageKey = mediaStorageKey(media.workspaceId, media.id);
    await getStorage().put(storageKey, bytes, { contentType: mimeType });
    await db.messageMedia.update({
      where: { id: media.id },
      data: { status: 'stored', storageKey, mimeType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), error: null },
    });
    log.info({ mediaId, workspaceId: media.workspaceId, channelId: channel.id, sizeBytes: bytes.length }, 'media stored');
    return 'stored';
  } catch (error) {
    if (error instanceof MediaRejected) return markFailed(mediaId, error.message);
    if (error instanceof SafeFetchError) {
      if (error.kind === 'blocked') log.warn({ mediaId, workspaceId: media.workspaceId, channelId: channel.id, reason: error.message }, 'media URL refused by the SSRF guard');
      if (error.retryable && !options.finalAttempt) throw error;
      return markFailed(mediaId, error.message);
    }
    if (!(error instanceof GraphApiError)) throw error;
    if (error.kind === 'token_invalid') {
      await markChannelTokenExpired({ channelId: channel.id, reason: `Meta rejected the access token (${error.message})` });
      return markFailed(mediaId, 'Meta no longer accepts the channel token; reconnect the channel.');
    }
    if (error.retryable && !options.finalAttempt) throw error;
    return markFailed(mediaId, error.message);
  }
}
