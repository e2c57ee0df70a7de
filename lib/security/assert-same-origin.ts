import { headers } from 'next/headers';
import { assertSameOriginOf } from './same-origin';

/** The same-origin check for the current request (server actions and route handlers). */
export async function assertSameOrigin(): Promise<void> {
  assertSameOriginOf(await headers());
}
