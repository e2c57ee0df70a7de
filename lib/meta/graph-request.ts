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
  timeoutMs?: number;
};

type GraphErrorBody = { error?: { message?: string; code?: number; error_subcode?: number; fbtrace_id?: string } };

export async function graphRequest<T>(request: GraphRequest): Promise<T> {
  const url = new URL(request.path.replace(/^\//, ''), request.baseUrl.endsWith('/') ? request.baseUrl : `${request.baseUrl}/`);
  for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method ?? (request.json === undefined ? 'GET' : 'POST'),
      headers: {
        ...(request.accessToken ? { authorization: `Bearer ${request.accessToken}` } : {}),
        ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: request.json === undefined ? undefined : JSON.stringify(request.json),
      signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new GraphApiError(0, null, null, `Graph API unreachable: ${(error as Error).message}`, null);
  }
  const text = await response.text();
  const body = text ? (JSON.parse(text) as T & GraphErrorBody) : ({} as T & GraphErrorBody);
  if (!response.ok || body.error) {
    const e = body.error ?? {};
    throw new GraphApiError(response.status, e.code ?? null, e.error_subcode ?? null, e.message ?? `HTTP ${response.status}`, e.fbtrace_id ?? null);
  }
  return body;
}

/** Downloads binary content (media) with the channel token. */
export async function graphDownload(url: string, accessToken: string, maxBytes: number): Promise<{ bytes: Buffer; mimeType: string | null }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new GraphApiError(response.status, null, null, `Media download failed: HTTP ${response.status}`, null);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new GraphApiError(413, null, null, `Media is ${length} bytes, over the ${maxBytes}-byte limit`, null);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new GraphApiError(413, null, null, `Media is over the ${maxBytes}-byte limit`, null);
  return { bytes, mimeType: response.headers.get('content-type') };
}
