// The one HTTP path to Meta (or the simulator: the base URL is configuration). Callers pass
// the token explicitly; it is sent as a Bearer header and never logged.
import { GraphApiError } from './graph-error';

export type GraphRequest = {
  baseUrl: string;
  path: string;
  method?: 'GET' | 'POST' | 'DELETE';
  accessToken?: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  /** application/x-www-form-urlencoded body (Instagram's OAuth token endpoint wants a form). */
  form?: Record<string, string>;
  timeoutMs?: number;
};

type GraphErrorBody = { error?: { message?: string; code?: number; error_subcode?: number; fbtrace_id?: string } };

export async function graphRequest<T>(request: GraphRequest): Promise<T> {
  const url = new URL(request.path.replace(/^\//, ''), request.baseUrl.endsWith('/') ? request.baseUrl : `${request.baseUrl}/`);
  for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
  const body = request.form ? new URLSearchParams(request.form).toString() : request.json === undefined ? undefined : JSON.stringify(request.json);
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method ?? (body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(request.accessToken ? { authorization: `Bearer ${request.accessToken}` } : {}),
        ...(body === undefined ? {} : { 'content-type': request.form ? 'application/x-www-form-urlencoded' : 'application/json' }),
      },
      body,
      signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new GraphApiError(0, null, null, `Graph API unreachable: ${(error as Error).message}`, null);
  }
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as T & GraphErrorBody) : ({} as T & GraphErrorBody);
  if (!response.ok || parsed.error) {
    const e = parsed.error ?? {};
    throw new GraphApiError(response.status, e.code ?? null, e.error_subcode ?? null, e.message ?? `HTTP ${response.status}`, e.fbtrace_id ?? null);
  }
  return parsed;
}
