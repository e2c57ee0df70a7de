// The app-scoped user id behind a token (GET /me): what Meta's Deauthorize and Data Deletion
// callbacks name. Best effort — a connect must not fail because of it — so a failure returns null
// and the backfill-meta-user-ids job tries again later with the stored token.
import { logger } from '../../logger';
import { graphRequest } from '../graph-request';

export async function fetchMetaUserId(options: { baseUrl: string; accessToken: string }): Promise<string | null> {
  try {
    const me = await graphRequest<{ id?: string | number }>({ baseUrl: options.baseUrl, path: 'me', query: { fields: 'id' }, accessToken: options.accessToken });
    return me.id === undefined ? null : String(me.id);
  } catch (error) {
    logger.warn({ err: error }, 'could not read the Meta user id behind a token');
    return null;
  }
}
