// The audit log in sentences: "Sam connected a channel · Instagram @demo.shop" rather than the
// stored key "channel.connected". Every action the code records has a label here
// (tests/unit/audit-action-labels.test.ts scans the code for them); an unknown key — an entry
// from an older or newer version — is still turned into words, never shown raw.

const actionLabels: Record<string, string> = {
  'invite.sent': 'sent an invite',
  'invite.resent': 'resent an invite',
  'invite.revoked': 'revoked an invite',
  'invite.accepted': 'accepted an invite',
  'member.role_changed': 'changed a role',
  'member.removed': 'removed a member',
  'member.left': 'left the workspace',
  'workspace.created': 'created the workspace',
  'workspace.renamed': 'renamed the workspace',
  'workspace.ownership_transferred': 'transferred ownership',
  'workspace.auto_hand_back_changed': 'changed the automatic hand-back',
  'user.signed_up': 'signed up',
  'user.email_verified': 'verified their email',
  'user.signed_in': 'signed in',
  'user.sign_in_failed': 'failed to sign in',
  'user.password_changed': 'changed their password',
  'user.password_reset': 'reset their password',
  'user.email_change_requested': 'asked to change their email',
  'user.email_changed': 'changed their email',
  'agent.settings_saved': 'saved the AI assistant settings',
  'agent.settings_rolled_back': 'restored an earlier AI assistant settings version',
  'agent.provider_saved': 'changed the AI provider',
  'agent.provider_tested': 'tested the AI provider connection',
  'agent.cap_updated': 'changed the monthly AI spending cap',
  'agent.knowledge_file_uploaded': 'uploaded a knowledge file',
  'agent.knowledge_file_deleted': 'deleted a knowledge file',
  'channel.connected': 'connected a channel',
  'channel.reconnected': 'reconnected a channel',
  'channel.disconnected': 'disconnected a channel',
  'channel.token_expired': 'saw a channel lose its Meta access (reconnect needed)',
  'channel.deauthorized': 'saw a channel removed from the Meta app (deauthorized)',
  'channel.data_deleted': "deleted a disconnected channel's data",
  'channel.released': 'released a channel another workspace connected',
  'canned_response.created': 'added a canned response',
  'canned_response.updated': 'edited a canned response',
  'canned_response.deleted': 'deleted a canned response',
  'label.created': 'created a label',
  'label.updated': 'edited a label',
  'label.deleted': 'deleted a label',
  'conversation.bulk_close': 'closed conversations in bulk',
  'conversation.bulk_reopen': 'reopened conversations in bulk',
  'conversation.bulk_assign': 'assigned conversations in bulk',
  'conversation.bulk_snooze': 'snoozed conversations in bulk',
  'conversation.bulk_mark_read': 'marked conversations read in bulk',
  'webhook_events.replayed': 'replayed webhook events',
  'billing.checkout_started': 'started a checkout',
  'billing.subscription_changed': 'subscription changed (Stripe)',
  'account.deletion_requested': 'asked to delete their account',
  'account.deletion_cancelled': 'kept their account (deletion cancelled)',
  'conversation.deleted': 'deleted a conversation',
  'contact.deleted': "deleted a contact and their data",
  'contact.merged': 'merged two contacts into one person',
  'contact.imported': 'imported contacts from a CSV file',
  'contact.exported': 'exported contacts as CSV',
  'contact_attribute.created': 'added a contact field',
  'contact_attribute.deleted': 'deleted a contact field',
  'automation.rule_created': 'created an automation rule',
  'automation.rule_updated': 'changed an automation rule',
  'automation.rule_enabled': 'switched an automation rule on',
  'automation.rule_disabled': 'switched an automation rule off',
  'automation.rule_deleted': 'deleted an automation rule',
  'automation.away_message_saved': 'changed the away message',
  'workspace.csat_changed': 'changed the satisfaction survey setting',
  'workspace.export_requested': 'requested a workspace data export',
  'privacy.data_erased': 'erased personal data (data deletion request)',
  'workspace.closed': 'closed the workspace',
  'workspace.restored': 'restored the closed workspace',
  'workspace.history_retention_changed': 'changed how long conversations are kept',
};

export const labelledAuditActions: ReadonlySet<string> = new Set(Object.keys(actionLabels));

/** "channel.connected" → "connected a channel"; an unknown "thing.was_done" → "thing: was done". */
export function describeAuditAction(action: string): string {
  const label = actionLabels[action];
  if (label) return label;
  const [subject, verb] = action.split('.', 2);
  const words = (text: string) => text.replace(/[_-]+/g, ' ').trim();
  return verb ? `${words(subject!)}: ${words(verb)}` : words(action);
}

const channelNames: Record<string, string> = { instagram: 'Instagram', messenger: 'Messenger', whatsapp: 'WhatsApp' };

/** One line of detail from an entry's metadata ("Instagram @demo.shop", "a@b.c as admin"), or null. */
export function describeAuditDetail(metadata: unknown): string | null {
  if (!metadata || typeof metadata !== 'object') return null;
  const m = metadata as Record<string, unknown>;
  if (typeof m.email === 'string') return typeof m.role === 'string' ? `${m.email} as ${m.role}` : m.email;
  if (typeof m.from === 'string' && typeof m.to === 'string') return `${m.from} → ${m.to}`;
  if (typeof m.role === 'string') return `was ${m.role}`;
  if (typeof m.restoredVersion === 'number' && typeof m.version === 'number') return `version ${m.restoredVersion} as version ${m.version}`;
  if (typeof m.version === 'number') return `version ${m.version}`;
  if (typeof m.type === 'string' && channelNames[m.type]) return typeof m.name === 'string' ? `${channelNames[m.type]} ${m.name}` : channelNames[m.type]!;
  if (typeof m.name === 'string') return m.name;
  if (typeof m.changed === 'number' && typeof m.requested === 'number') return `${m.changed} of ${m.requested}`;
  return null;
}
