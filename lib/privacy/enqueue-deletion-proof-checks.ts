// After the webhook worker stored new messages: inbound texts that carry a deletion proof code
// (DEL-XXXX-XXXX) get a check-deletion-proof job. The regex runs in SQL on the few new rows.
import { db } from '../db';
import { enqueue } from '../jobs/enqueue';

/** The SQL pattern below, for a check in memory first (`~*` is case-insensitive; `[:space:]` is \s). */
const PROOF_CODE = /DEL[-\s]?[A-Z2-9]{4}[-\s]?[A-Z2-9]{4}/i;

export async function enqueueDeletionProofChecks(options: {
  workspaceId: string;
  insertedMessageIds: string[];
  /** Texts of the unit's messages when the caller has them: none carrying a code = no query. */
  texts?: (string | null | undefined)[];
}): Promise<number> {
  if (options.insertedMessageIds.length === 0) return 0;
  if (options.texts && !options.texts.some((text) => text && PROOF_CODE.test(text))) return 0;
  const rows = await db.$queryRaw<{ id: string }[]>`
    select id from "Message"
     where "workspaceId" = ${options.workspaceId}::uuid and id = any(${options.insertedMessageIds}::uuid[])
       and direction = 'inbound' and text ~* 'DEL[-[:space:]]?[A-Z2-9]{4}[-[:space:]]?[A-Z2-9]{4}'`;
  for (const row of rows) await enqueue('check-deletion-proof', { workspaceId: options.workspaceId, messageId: row.id }, { singletonKey: row.id });
  return rows.length;
}
