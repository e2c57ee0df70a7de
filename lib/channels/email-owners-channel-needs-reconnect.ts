import { db } from '../db';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import type { ChannelType } from '../generated/prisma/enums';
import { channelTypeLabel } from './channel-labels';

/** Tells every owner of the workspace that a channel stopped working until it is reconnected. */
export async function emailOwnersChannelNeedsReconnect(options: { workspaceId: string; channel: { type: ChannelType; name: string } }): Promise<number> {
  // Unscoped on purpose: called from workers (token refresh, send errors) for one workspace id.
  const owners = await db.membership.findMany({
    where: { workspaceId: options.workspaceId, role: 'owner' },
    select: { user: { select: { email: true, name: true } }, workspace: { select: { name: true } } },
  });
  const url = new URL('/channels', env().APP_URL).toString();
  for (const owner of owners) {
    await sendEmail({
      to: owner.user.email,
      template: 'channel-needs-reconnect',
      props: {
        name: owner.user.name,
        workspaceName: owner.workspace.name,
        channelType: channelTypeLabel[options.channel.type],
        channelName: options.channel.name.replace(/[\r\n]+/g, ' ').slice(0, 120),
        url,
      },
    });
  }
  return owners.length;
}
