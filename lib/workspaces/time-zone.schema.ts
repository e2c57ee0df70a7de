// The owner's browser time zone, sent by a hidden field at sign-up and when creating a workspace
// (components/workspaces/browser-time-zone-field.tsx). It only sets a default (the AI assistant's
// business hours), so anything that is not a known IANA zone quietly becomes UTC rather than
// failing the form: a browser without JS, an old browser or a tampered field still signs up.
import { z } from 'zod';

let known: Set<string> | null = null;

/** An IANA zone name Intl knows, canonicalised ("europe/berlin" → "Europe/Berlin"); otherwise "UTC". */
export function workspaceTimeZone(value: string | null | undefined): string {
  if (!value || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return 'UTC';
  known ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (known.has(value)) return value;
  try {
    const canonical = new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    return known.has(canonical) ? canonical : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Form field → a valid zone (never an error: see above). */
export const browserTimeZoneSchema = z.string().max(200).optional().transform((value) => workspaceTimeZone(value));
