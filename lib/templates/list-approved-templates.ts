import { AppError } from '../errors';
import { templateBodyText, templateVariableCount } from '../inbox/fill-template-variables';
import type { WorkspaceContext } from '../workspaces/context';

/** Approved templates of one WhatsApp channel, for the composer's template picker. */
export async function listApprovedTemplates(options: { ctx: Pick<WorkspaceContext, 'db'>; channelId: string }) {
  const channel = await options.ctx.db.channel.findFirst({ where: { id: options.channelId }, select: { id: true } });
  if (!channel) throw new AppError('not_found', 'Channel not found');
  const rows = await options.ctx.db.messageTemplate.findMany({
    where: { channelId: channel.id, status: 'APPROVED' },
    orderBy: [{ name: 'asc' }, { language: 'asc' }],
    select: { id: true, name: true, language: true, category: true, components: true },
  });
  return rows.map(({ components, ...row }) => {
    const body = templateBodyText(components);
    return { ...row, body, variableCount: templateVariableCount(body) };
  });
}
