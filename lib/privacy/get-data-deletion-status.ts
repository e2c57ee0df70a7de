import { db } from '../db';
import type { DeletionDetails } from './process-data-deletion-request';

export type DataDeletionStatusView = {
  status: 'awaiting_confirmation' | 'pending' | 'in_progress' | 'completed' | 'failed' | 'expired';
  identifierType: string | null;
  requestedAt: Date;
  completedAt: Date | null;
  expiresAt: Date | null;
  /** Only while awaiting a message proof: the code to send from the account. */
  proofCode: string | null;
  /** Only once completed: counts of what was erased (never which businesses). */
  erased: Partial<DeletionDetails> | null;
};

/**
 * What the public status page may show for a confirmation code. Before the request is proven it
 * says nothing about whether any business holds the person (no enumeration by strangers): the
 * same "send this code" text appears whether or not a contact matches.
 */
export async function getDataDeletionStatus(options: { confirmationCode: string }): Promise<DataDeletionStatusView | null> {
  if (!/^[A-Z0-9]{6,32}$/i.test(options.confirmationCode)) return null;
  // Unscoped on purpose: public lookup by an unguessable code.
  const row = await db.dataDeletionRequest.findUnique({
    where: { confirmationCode: options.confirmationCode.toUpperCase() },
    select: { status: true, identifierType: true, requestedAt: true, completedAt: true, expiresAt: true, proofCode: true, details: true },
  });
  if (!row) return null;
  return {
    status: row.status,
    identifierType: row.identifierType,
    requestedAt: row.requestedAt,
    completedAt: row.completedAt,
    expiresAt: row.status === 'awaiting_confirmation' ? row.expiresAt : null,
    proofCode: row.status === 'awaiting_confirmation' ? row.proofCode : null,
    erased: row.status === 'completed' ? ((row.details ?? {}) as Partial<DeletionDetails>) : null,
  };
}
