// The knowledge page's list: metadata only (never the stored bytes).
import type { WorkspaceContext } from '../../workspaces/context';

export type KnowledgeFileRow = {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  status: 'processing' | 'ready' | 'failed';
  error: string | null;
  /** Failed for a reason Retry can fix (not a broken safety limit). */
  retryable: boolean;
  chunkCount: number;
  createdAt: Date;
  uploadedBy: string | null;
};

export async function listKnowledgeFiles(options: { ctx: Pick<WorkspaceContext, 'db'> }): Promise<KnowledgeFileRow[]> {
  const files = await options.ctx.db.knowledgeFile.findMany({
    orderBy: { createdAt: 'desc' },
    take: 500,
    select: { id: true, name: true, mimeType: true, sizeBytes: true, status: true, error: true, limitBreach: true, chunkCount: true, createdAt: true, uploadedById: true },
  });
  const uploaderIds = [...new Set(files.map((f) => f.uploadedById).filter((id): id is string => Boolean(id)))];
  // Users are not tenant rows; only ids that came from this workspace's files are looked up.
  const users = uploaderIds.length ? await options.ctx.db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, name: true, email: true } }) : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name || u.email]));
  return files.map(({ uploadedById, limitBreach, ...file }) => ({
    ...file,
    retryable: file.status === 'failed' && !limitBreach,
    uploadedBy: uploadedById ? (nameOf.get(uploadedById) ?? null) : null,
  }));
}
