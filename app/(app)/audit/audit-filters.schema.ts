import { z } from 'zod';

export const auditActionGroups = [
  { value: 'invite.', label: 'Invites' },
  { value: 'member.', label: 'Members' },
  { value: 'workspace.', label: 'Workspace' },
  { value: 'user.', label: 'Sign-ins and account security' },
  { value: 'agent.', label: 'AI assistant settings' },
  { value: 'channel.', label: 'Channels' },
  { value: 'conversation.', label: 'Bulk inbox actions' },
  { value: 'label.', label: 'Labels' },
  { value: 'canned_response.', label: 'Canned responses' },
  { value: 'billing.', label: 'Billing' },
] as const;

// A real calendar date: "2026-13-45" passed a bare pattern and became an Invalid Date in the query.
const date = z.iso.date();
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** The audit page's URL query; anything malformed is ignored rather than erroring. */
export const auditFiltersSchema = z.object({
  action: z.preprocess(blankToUndefined, z.enum(auditActionGroups.map((g) => g.value) as [string, ...string[]]).optional()).catch(undefined),
  actor: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  from: z.preprocess(blankToUndefined, date.optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, date.optional()).catch(undefined),
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()).catch(undefined),
});
