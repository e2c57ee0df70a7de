// The "getting started" checklist of a new workspace: connect a channel, set up the AI
// assistant, invite a teammate, and see a first customer message arrive (in development: send
// one from the Meta simulator). Each step is read from the workspace's own data, so it ticks
// itself off; the list is gone once everything is done or the member closed it.
import type { WorkspaceContext } from '../workspaces/context';

export type OnboardingStepId = 'channel' | 'assistant' | 'teammate' | 'first_message';
export type OnboardingStep = { id: OnboardingStepId; done: boolean };
export type OnboardingChecklist = { steps: OnboardingStep[]; completed: number; visible: boolean };

/** Null for members who could not act on it (the agent role connects, configures and invites nothing). */
export async function getOnboardingChecklist(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'user'> }): Promise<OnboardingChecklist | null> {
  const { ctx } = options;
  if (!ctx.can('channels.manage')) return null;
  const [membership, channel, settings, members, invite, inbound] = await Promise.all([
    ctx.db.membership.findFirst({ where: { userId: ctx.user.id }, select: { onboardingDismissedAt: true } }),
    ctx.db.channel.findFirst({ where: { status: { not: 'disconnected' } }, select: { id: true } }),
    ctx.db.agentSettingsVersion.findFirst({ select: { id: true } }),
    ctx.db.membership.count(),
    ctx.db.invite.findFirst({ where: { acceptedAt: null, revokedAt: null }, select: { id: true } }),
    ctx.db.message.findFirst({ where: { direction: 'inbound' }, select: { id: true } }),
  ]);
  const steps: OnboardingStep[] = [
    { id: 'channel', done: Boolean(channel) },
    { id: 'assistant', done: Boolean(settings) },
    { id: 'teammate', done: members > 1 || Boolean(invite) },
    { id: 'first_message', done: Boolean(inbound) },
  ];
  const completed = steps.filter((step) => step.done).length;
  return { steps, completed, visible: completed < steps.length && !membership?.onboardingDismissedAt };
}
