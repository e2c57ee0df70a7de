import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';

export function nameTaken(name: string): AppError {
  return new AppError('conflict', `A label named "${name}" already exists.`, { fieldErrors: { name: [`A label named "${name}" already exists.`] } });
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/** Names are unique per workspace ignoring case ("VIP" and "vip" would be confusing in a filter). */
export async function assertLabelNameFree(options: { ctx: Pick<WorkspaceContext, 'db'>; name: string; exceptId?: string }): Promise<void> {
  const clash = await options.ctx.db.label.findFirst({
    where: { name: { equals: options.name, mode: 'insensitive' }, ...(options.exceptId ? { id: { not: options.exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw nameTaken(options.name);
}
