// Voice messages: the first container the browser records that Meta also accepts. Chromium (156)
// records audio/mp4 (Opus) and audio/webm; Firefox records audio/ogg (Opus); Safari audio/mp4.
// audio/webm is deliberately NOT accepted (WhatsApp rejects it and media-policy.ts does not list
// it), so a browser that can only record WebM gets a clear message instead of a failed send.
export const RECORDER_MIME_TYPES = ['audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm;codecs=opus'] as const;

export function pickRecorderMimeType(isTypeSupported: (type: string) => boolean): { mimeType: string } | { mimeType: null; reason: string } {
  const supported = RECORDER_MIME_TYPES.filter((t) => isTypeSupported(t));
  const accepted = supported.find((t) => t !== 'audio/webm;codecs=opus');
  if (accepted) return { mimeType: accepted };
  if (supported.length) return { mimeType: null, reason: 'This browser can only record WebM audio, which WhatsApp, Instagram and Messenger do not accept. Record in a current Chrome, Firefox or Safari, or attach an audio file instead.' };
  return { mimeType: null, reason: 'This browser cannot record audio. Attach an audio file instead.' };
}

/** The upload's file name/extension for a recorder type. */
export function recordingFileName(mimeType: string, now: Date): string {
  const ext = mimeType.startsWith('audio/ogg') ? 'ogg' : mimeType.startsWith('audio/mp4') ? 'm4a' : 'webm';
  return `voice-message-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${ext}`;
}
