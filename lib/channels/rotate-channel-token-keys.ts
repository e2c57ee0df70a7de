// `npm run keys:rotate`: re-encrypts every channel token that is not under the active key
// (the first entry of TOKEN_ENCRYPTION_KEYS). Batched, resumable and idempotent; a row changed
// meanwhile (a refresh wrote a new token) is left alone because it is already current.
import { decryptToken, encryptToken } from '../crypto/token-cipher';
import type { Keyring } from '../crypto/keyring';
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';

export async function rotateChannelTokenKeys(options: { ring?: Keyring; batchSize?: number; onBatch?: (done: number) => void } = {}) {
  const ring = options.ring ?? env().TOKEN_ENCRYPTION_KEYS;
  if (!ring) throw new AppError('unavailable', 'TOKEN_ENCRYPTION_KEYS is not configured.');
  const batchSize = options.batchSize ?? 200;
  const counts = { rotated: 0, skipped: 0 };
  let cursor: string | undefined;
  for (;;) {
    // Unscoped on purpose: an operator maintenance script over every workspace.
    const rows = await db.channel.findMany({
      where: { accessTokenEnc: { not: null }, NOT: { accessTokenEnc: { startsWith: `${ring.active.id}.` } }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, accessTokenEnc: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const reencrypted = encryptToken(decryptToken(row.accessTokenEnc!, ring), ring);
      const { count } = await db.channel.updateMany({ where: { id: row.id, accessTokenEnc: row.accessTokenEnc }, data: { accessTokenEnc: reencrypted } });
      if (count) counts.rotated += 1;
      else counts.skipped += 1;
    }
    cursor = rows.at(-1)!.id;
    options.onBatch?.(counts.rotated);
  }
  return { ...counts, activeKeyId: ring.active.id };
}
