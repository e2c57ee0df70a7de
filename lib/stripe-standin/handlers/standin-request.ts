import type { FormObject, FormValue } from '../decode-stripe-form';
import { missingParam } from '../standin-errors';

/** One API call as the handlers see it: method, path after /v1/, decoded params. */
export type StandInRequest = { method: string; path: string[]; params: FormObject };
export type StandInResult = { status?: number; body: unknown };

export function str(params: FormObject, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function requiredStr(params: FormObject, name: string): string {
  const value = str(params, name);
  if (!value) throw missingParam(name);
  return value;
}

export function obj(params: FormObject, name: string): FormObject {
  const value = params[name];
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** Stripe metadata: a flat string map. */
export function metadataOf(value: FormValue | undefined): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export const bool = (value: FormValue | undefined) => value === 'true';
