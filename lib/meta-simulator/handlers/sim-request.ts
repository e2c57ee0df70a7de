import type { SimAccount, SimCustomer } from '../ensure-simulator-seeded';
import { simErrors } from '../sim-graph-error';
import { getSimRecord } from '../simulator-store';

export type SimApi = 'graph' | 'instagram-graph' | 'instagram-api';

/** One parsed simulator request; handlers return null when the route is not theirs. */
export type SimRequest = {
  method: 'GET' | 'POST' | 'DELETE';
  api: SimApi;
  segments: string[];
  query: URLSearchParams;
  body: Record<string, unknown>;
  token: string | null;
};

export type SimHandler = (request: SimRequest) => Promise<Response | null>;

export const graphJson = (data: unknown, status = 200) => Response.json(data, { status, headers: { 'cache-control': 'no-store' } });

/** A parameter from the query string or the body, as Graph accepts both. */
export function param(request: SimRequest, name: string): string | undefined {
  const fromQuery = request.query.get(name);
  if (fromQuery !== null) return fromQuery;
  const value = request.body[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function requireParam(request: SimRequest, name: string): string {
  const value = param(request, name);
  if (!value) throw simErrors.param(`The parameter ${name} is required`);
  return value;
}

export const getSimAccount = (id: string) => getSimRecord<SimAccount>('account', id);
export const getSimCustomer = (id: string) => getSimRecord<SimCustomer>('customer', id);

export function route(request: SimRequest, method: SimRequest['method'], pattern: string): string[] | null {
  if (request.method !== method) return null;
  const parts = pattern.split('/');
  if (parts.length !== request.segments.length) return null;
  const captured: string[] = [];
  for (const [i, part] of parts.entries()) {
    const segment = request.segments[i]!;
    if (part === ':id') captured.push(segment);
    else if (part !== segment) return null;
  }
  return captured;
}
