import { AppError } from '../errors';
import type { InviteState } from './get-invite-by-token';

const messages: Record<Exclude<InviteState, 'valid'>, string> = {
  invalid: 'This invite link is not valid. Check that you copied the whole link.',
  expired: 'This invite has expired. Ask the person who invited you to send a new one.',
  revoked: 'This invite was withdrawn. Ask the workspace admin for a new one.',
  accepted: 'This invite has already been used.',
};

export function inviteProblem(state: Exclude<InviteState, 'valid'>): AppError {
  return new AppError(state === 'invalid' ? 'not_found' : 'conflict', messages[state], { inviteState: state });
}
