/**
 * Our policy's ceiling for any analytics or advertising cookie: 13 months (the CNIL's and the
 * EDPB's reference), never extended by later visits. GA4's `_ga` defaults to 2 years and renews on
 * every visit, so the loader passes `cookie_expires` and `cookie_update: false`; a unit test
 * holds every tracker cookie in the registry to this ceiling.
 */
export const TRACKER_COOKIE_MAX_MONTHS = 13;
/** 13 months of 30.4 days, rounded down to whole days (395), in seconds for gtag. */
export const TRACKER_COOKIE_MAX_SECONDS = 395 * 86_400;
