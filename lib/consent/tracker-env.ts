// The environment variables that switch trackers on. Spread into lib/env.ts (validated at
// start-up, documented in .env.example) and parsed here too, so the proxy and the registry can
// read them without loading the whole app environment.
import { z } from 'zod';

const id = (pattern: RegExp, hint: string) => z.string().trim().regex(pattern, hint).optional();

export const trackerEnvShape = {
  GA4_MEASUREMENT_ID: id(/^G-[A-Z0-9]{4,20}$/, 'must look like G-XXXXXXXXXX (Google Analytics 4 › Data streams)'),
  CLARITY_PROJECT_ID: id(/^[a-z0-9]{6,20}$/, 'must be the Clarity project id (Settings › Overview), e.g. abcd1234ef'),
  META_PIXEL_ID: id(/^\d{6,20}$/, 'must be the numeric Pixel (dataset) id from Events Manager'),
  LINKJOLT_ID: id(/^[A-Za-z0-9_-]{4,64}$/, 'must be the merchant id from Linkjolt’s Integration Hub'),
  // Tests only: load every tracker script from `<base>/<tracker-key>.js?id=<id>` (a local test
  // double) instead of the vendor's URL.
  TRACKER_SCRIPT_BASE_URL: z.url().optional(),
};

export const trackerEnvSchema = z.object(trackerEnvShape);
export type TrackerEnv = z.infer<typeof trackerEnvSchema>;

/** Reads the tracker variables; blank means unset, an invalid value disables nothing silently (it throws). */
export function parseTrackerEnv(source: Record<string, string | undefined> = process.env): TrackerEnv {
  const cleaned = Object.fromEntries(Object.keys(trackerEnvShape).map((name) => [name, source[name] || undefined]));
  return trackerEnvSchema.parse(cleaned);
}
