// Structured JSON logs. Anything that could be a secret or personal data is redacted by
// path, so a careless `log.info({ user })` still cannot leak a hash or token.
import pino from 'pino';

const redactPaths = [
  'password', 'passwordHash', 'token', 'accessToken', 'refreshToken', 'secret', 'apiKey',
  'authorization', 'cookie', 'email', 'phone',
  '*.password', '*.passwordHash', '*.token', '*.accessToken', '*.refreshToken', '*.secret', '*.apiKey',
  '*.authorization', '*.cookie', '*.email', '*.phone',
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie',
];

/** Errors as type/message/code/stack only: driver errors carry whole client objects otherwise. */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return error;
  const { code, fbtrace_id } = error as Error & { code?: unknown; fbtrace_id?: unknown };
  return { type: error.name, message: error.message, code, fbtrace_id, stack: error.stack };
}

export const logger = pino({
  serializers: { err: serializeError, error: serializeError },
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: process.env.RELAYDESK_PROCESS ?? 'web' },
  redact: { paths: redactPaths, censor: '[redacted]' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

export type Logger = pino.Logger;
