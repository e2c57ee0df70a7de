// `npm start [--port N] [--hostname H] [--keepAliveTimeout MS]`, read like `next start` reads
// them: the flag first, then PORT (default 3000); the hostname from the flag, then HOSTNAME as
// Next's own standalone server reads it, else every interface. Docker sets HOSTNAME to the
// container id (which resolves to the container's address only): set HOSTNAME=0.0.0.0 there,
// as Next's Docker example does.
import { parseArgs } from 'node:util';
import { z } from 'zod';

// Longer than the 60 s idle timeout of common load balancers (AWS ALB, nginx upstream
// keepalive), so the balancer, not we, closes an idle connection: otherwise it may send a
// request on a connection we are closing and answer its client 502.
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;

const optionsSchema = z.object({
  port: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(65_535),
  hostname: z.string().trim().min(1).optional(),
  keepAliveTimeoutMs: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(1).max(3_600_000),
});

export type WebServerOptions = z.infer<typeof optionsSchema>;

export const WEB_SERVER_USAGE = 'Usage: npm start -- [-p|--port <port>] [-H|--hostname <hostname>] [--keepAliveTimeout <ms>]';

/** The options, or a message saying what is wrong (unknown flag, bad number). */
export function parseWebServerOptions(argv: readonly string[], environment: Record<string, string | undefined>): { ok: true; options: WebServerOptions } | { ok: false; message: string } {
  let values: { port?: string; hostname?: string; keepAliveTimeout?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' }, keepAliveTimeout: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${WEB_SERVER_USAGE}` };
  }
  const parsed = optionsSchema.safeParse({
    port: values.port ?? (environment.PORT || 3000),
    hostname: values.hostname ?? (environment.HOSTNAME || undefined),
    keepAliveTimeoutMs: values.keepAliveTimeout ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') === 'keepAliveTimeoutMs' ? '--keepAliveTimeout' : issue.path.join('.')}: ${issue.message}`);
    return { ok: false, message: `${problems.join('\n')}\n${WEB_SERVER_USAGE}` };
  }
  return { ok: true, options: parsed.data };
}
