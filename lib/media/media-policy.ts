// Which media we keep, and how big it may be. WhatsApp's own caps are 5 MB for images and 16 MB
// for audio/video; documents are capped at 16 MB here too (a deliberate product limit) and
// nothing is ever buffered past 100 MB.
export const ABSOLUTE_MAX_BYTES = 100 * 1024 * 1024;

const MB = 1024 * 1024;
const allowed: Record<string, { kind: 'image' | 'video' | 'audio' | 'document'; maxBytes: number }> = {
  'image/jpeg': { kind: 'image', maxBytes: 5 * MB },
  'image/png': { kind: 'image', maxBytes: 5 * MB },
  'image/webp': { kind: 'image', maxBytes: 5 * MB },
  'image/gif': { kind: 'image', maxBytes: 5 * MB },
  'video/mp4': { kind: 'video', maxBytes: 16 * MB },
  'video/3gpp': { kind: 'video', maxBytes: 16 * MB },
  'audio/ogg': { kind: 'audio', maxBytes: 16 * MB },
  'audio/mpeg': { kind: 'audio', maxBytes: 16 * MB },
  'audio/mp4': { kind: 'audio', maxBytes: 16 * MB },
  'audio/aac': { kind: 'audio', maxBytes: 16 * MB },
  'audio/amr': { kind: 'audio', maxBytes: 16 * MB },
  'application/pdf': { kind: 'document', maxBytes: 16 * MB },
  'application/msword': { kind: 'document', maxBytes: 16 * MB },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { kind: 'document', maxBytes: 16 * MB },
  'application/vnd.ms-excel': { kind: 'document', maxBytes: 16 * MB },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'document', maxBytes: 16 * MB },
  'application/vnd.ms-powerpoint': { kind: 'document', maxBytes: 16 * MB },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { kind: 'document', maxBytes: 16 * MB },
  'text/plain': { kind: 'document', maxBytes: 16 * MB },
};

/** `audio/ogg; codecs=opus` → `audio/ogg`. */
export function baseMimeType(mimeType: string | null | undefined): string | null {
  const base = mimeType?.split(';')[0]?.trim().toLowerCase();
  return base || null;
}

export function mediaRule(mimeType: string | null | undefined) {
  const base = baseMimeType(mimeType);
  // hasOwn: "__proto__" or "constructor" as a Content-Type must not find Object.prototype.
  const rule = base && Object.hasOwn(allowed, base) ? allowed[base] : undefined;
  return rule && base ? { mimeType: base, ...rule } : null;
}

/** Served inline (rendered by the browser) only for media types; documents download. */
export function isInlineMime(mimeType: string): boolean {
  return /^(image|audio|video)\//.test(mimeType);
}

/** Every type we accept, for a file input's `accept` attribute. */
export const ACCEPTED_MIME_TYPES: readonly string[] = Object.keys(allowed);
