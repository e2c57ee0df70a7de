// Entry point for app/api/dev/meta/[...path]: parses a request to the simulated Graph hosts,
// runs the first handler that claims it, maps SimGraphError to Meta's envelope and captures
// every call (without tokens or secrets) for the /dev/meta console.
import { logger } from '../logger';
import { ensureSimulatorSeeded } from './ensure-simulator-seeded';
import { conversionsApiHandler } from './handlers/conversions-api';
import { facebookOAuthHandler } from './handlers/facebook-oauth';
import { facebookPagesHandler } from './handlers/facebook-pages';
import { graphObjectsHandler } from './handlers/graph-objects';
import { instagramApiHandler } from './handlers/instagram-api';
import { instagramGraphHandler } from './handlers/instagram-graph';
import type { SimApi, SimHandler, SimRequest } from './handlers/sim-request';
import { whatsAppHandler } from './handlers/whatsapp';
import { captureSimRequest, withoutSecrets } from './sim-capture';
import { SimGraphError, simErrors } from './sim-graph-error';

// Order matters: specific routes first, the generic GET /{id} last.
const handlers: SimHandler[] = [facebookOAuthHandler, conversionsApiHandler, facebookPagesHandler, whatsAppHandler, instagramGraphHandler, instagramApiHandler, graphObjectsHandler];
const APIS: SimApi[] = ['graph', 'instagram-graph', 'instagram-api'];

async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (request.method === 'GET') return {};
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    const form = await request.formData();
    return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));
  }
  const text = await request.text();
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw simErrors.param('The request body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function bearerToken(request: Request, url: URL, body: Record<string, unknown>): string | null {
  const header = request.headers.get('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim();
  const fromQuery = url.searchParams.get('access_token');
  if (fromQuery) return fromQuery;
  return typeof body.access_token === 'string' ? body.access_token : null;
}

/** `segments` is the path after /api/dev/meta/<api>/, e.g. ['v23.0', 'me', 'accounts']. */
export async function dispatchSimulatorRequest(request: Request, api: string, segments: string[]): Promise<Response> {
  const url = new URL(request.url);
  if (!(APIS as string[]).includes(api)) return simErrors.unknownPath(url.pathname).toResponse();
  const method = request.method as SimRequest['method'];
  // Callers may keep Meta's version prefix in the base URL or the path.
  const path = /^v\d+(\.\d+)?$/.test(segments[0] ?? '') ? segments.slice(1) : segments;
  let body: Record<string, unknown> = {};
  let response: Response;
  try {
    await ensureSimulatorSeeded();
    body = await readBody(request);
    const simRequest: SimRequest = { method, api: api as SimApi, segments: path, query: url.searchParams, body, token: bearerToken(request, url, body) };
    response = simErrors.unknownPath(`${method} /${path.join('/')}`).toResponse();
    for (const handler of handlers) {
      const handled = await handler(simRequest);
      if (handled) {
        response = handled;
        break;
      }
    }
  } catch (error) {
    if (error instanceof SimGraphError) response = error.toResponse();
    else if (error instanceof SyntaxError) response = simErrors.param('The request body is not valid JSON').toResponse();
    else throw error;
  }
  await captureSimRequest({
    method,
    path: `/${api}/${path.join('/')}`,
    query: withoutSecrets(Object.fromEntries(url.searchParams)),
    body: withoutSecrets(body),
    status: response.status,
  }).catch((error: unknown) => logger.warn({ err: error }, 'simulator could not capture a request'));
  return response;
}
