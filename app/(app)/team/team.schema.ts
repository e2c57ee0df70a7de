import { z } from 'zod';
import { emailSchema } from '@/lib/auth/normalize-email';

export const roleSchema = z.enum(['owner', 'admin', 'agent'], { message: 'Choose a role.' });

export const inviteMemberSchema = z.strictObject({ email: emailSchema, role: roleSchema });
export const inviteIdSchema = z.strictObject({ inviteId: z.uuid() });
export const changeMemberRoleSchema = z.strictObject({ userId: z.uuid(), role: roleSchema });
export const memberIdSchema = z.strictObject({ userId: z.uuid() });
export const transferOwnershipSchema = z.strictObject({ toUserId: z.uuid() });

export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
