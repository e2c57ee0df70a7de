/** Sessions slide forward with use but never live past the absolute lifetime. */
export const SESSION_IDLE_TIMEOUT_MS = 7 * 24 * 3600_000;
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * 24 * 3600_000;
/** Avoid a write per request: refresh lastSeenAt at most this often. */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60_000;
export const SESSION_COOKIE = 'rd_session';
