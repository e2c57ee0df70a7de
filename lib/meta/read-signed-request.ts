import { env } from '../env';
import { parseSignedRequest } from './parse-signed-request';

/** The verified payload of a Meta callback's form-encoded `signed_request`, or null (meta-platform.md §f). */
export async function readSignedRequest(request: Request) {
  const form = await request.formData().catch(() => null);
  const signed = form?.get('signed_request');
  return parseSignedRequest(typeof signed === 'string' ? signed : null, env().META_APP_SECRET ?? '');
}
