// Tiny valid media files for simulated customer images and voice notes, embedded so the
// simulator needs no assets on disk (and nothing under public/, which production would serve).

/** 8×8 RGB PNG, a brand-blue square (67 bytes). */
export const SAMPLE_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOwDnmGFTEMLQkARSRdQfIYBZMAAAAASUVORK5CYII=';

/** Ogg/Opus, mono 48 kHz: OpusHead, OpusTags and ten 20 ms silence frames (0xF8FFFE) — 0.2 s. */
export const SAMPLE_OGG_OPUS_BASE64 =
  'T2dnUwACAAAAAAAAAAAxS0RSAAAAAO6LhKABE09wdXNIZWFkAQE4AYC7AAAAAABPZ2dTAAAAAAAAAAAAADFLRFIBAAAAPaeBZQEZT3B1c1RhZ3MJAAAAcmVsYXlkZXNrAAAAAE9nZ1MABLgmAAAAAAAAMUtEUgIAAAAcJGo3CgMDAwMDAwMDAwP4//74//74//74//74//74//74//74//74//74//4=';

export const SAMPLE_MEDIA = {
  image: { base64: SAMPLE_PNG_BASE64, mimeType: 'image/png' },
  voice: { base64: SAMPLE_OGG_OPUS_BASE64, mimeType: 'audio/ogg; codecs=opus' },
} as const;
