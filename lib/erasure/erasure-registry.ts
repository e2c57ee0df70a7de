// Every table of the database and how erasure handles it, per subject. This is the checklist
// tests/integration/erasure-catalog.test.ts holds against the Postgres catalog: a table added
// without an entry here fails that test, so no new table can silently keep personal data.
// Subjects: contact (a person on a channel), channel, workspace, user (a Relaydesk account).

type Handling = {
  /** Carries workspaceId: workspace erasure deletes its rows by that column. */
  tenant: boolean;
  /** How contact / user erasure treat it, in words (docs/architecture.md "Privacy" quotes these). */
  contact: string;
  user: string;
};

export const erasureRegistry = {
  User: { tenant: false, contact: 'no contact data', user: 'row deleted' },
  Workspace: { tenant: false, contact: 'no contact data', user: 'closedById cleared; a sole member\'s workspace is erased' },
  Membership: { tenant: true, contact: 'no contact data', user: 'cascade with the user' },
  Session: { tenant: false, contact: 'no contact data', user: 'cascade with the user' },
  Invite: { tenant: true, contact: 'no contact data', user: 'invites to the address deleted; invitedById set null' },
  AuditLog: { tenant: true, contact: 'only counts are recorded', user: 'actor and target ids, IP, user agent and metadata naming the user cleared' },
  UserToken: { tenant: false, contact: 'no contact data', user: 'cascade with the user' },
  RateLimitBucket: { tenant: false, contact: 'keys hold hashes only', user: 'buckets keyed by the address deleted' },
  EmailMessage: { tenant: false, contact: 'copies naming the contact or linking its conversations deleted', user: 'copies to the address deleted' },
  Channel: { tenant: true, contact: 'business record', user: 'connectedById cleared' },
  WebhookDelivery: { tenant: false, contact: 'raw body emptied when it holds the contact', user: 'no user data' },
  WebhookEvent: { tenant: true, contact: 'units mentioning the contact blanked', user: 'no user data' },
  Contact: { tenant: true, contact: 'row deleted with its profile fields (displayName, email, phone, notes, attribute values); delete contact and privacy requests take every identity merged with the person, channel erasure hands a surviving person to its next identity', user: 'no user data' },
  ContactAttribute: { tenant: true, contact: 'business record (field definitions; the values live on Contact.attributes)', user: 'no user data' },
  Conversation: { tenant: true, contact: 'deleted', user: 'assignee, takeover, first responder and closed-by cleared' },
  Message: { tenant: true, contact: 'deleted', user: 'authorUserId cleared' },
  MessageMedia: { tenant: true, contact: 'deleted, files first', user: 'no user data' },
  PendingMessageStatus: { tenant: true, contact: 'deleted for its messages and watermarks', user: 'no user data' },
  MessageTemplate: { tenant: true, contact: 'business record', user: 'no user data' },
  DataDeletionRequest: { tenant: false, contact: 'identifier dropped when closed, salted hash kept as proof', user: 'loggedByEmail cleared' },
  SimulatorRecord: { tenant: false, contact: 'development simulator only, never written in production', user: 'development only' },
  InboxEvent: { tenant: true, contact: 'events of its conversations deleted', user: 'no user data' },
  Label: { tenant: true, contact: 'business record', user: 'no user data' },
  ConversationLabel: { tenant: true, contact: 'cascade with the conversation', user: 'no user data' },
  ConversationNote: { tenant: true, contact: 'cascade with the conversation', user: 'authorId and mentions cleared' },
  CannedResponse: { tenant: true, contact: 'business record', user: 'no user data' },
  ReplyDraft: { tenant: true, contact: 'cascade with the conversation', user: 'decidedById cleared' },
  CsatSurvey: { tenant: true, contact: 'deleted with its conversation (the rating names the contact and its messages)', user: 'no user data' },
  ConversationPresence: { tenant: true, contact: 'deleted with the conversation', user: 'deleted' },
  NotificationOutbox: { tenant: true, contact: 'excerpts of its conversations deleted', user: 'deleted' },
  OutboundUpload: { tenant: true, contact: 'business uploads (sent copies are message media)', user: 'uploadedById cleared' },
  CapiEvent: { tenant: false, contact: 'hashed sales-booking data, cleared once sent', user: 'no user data' },
  ConsentRecord: { tenant: false, contact: 'random consent id only', user: 'no user data' },
  AgentSettingsVersion: { tenant: true, contact: 'business record', user: 'createdById cleared' },
  AgentConfig: { tenant: true, contact: 'business record', user: 'updatedById cleared' },
  KnowledgeFile: { tenant: true, contact: 'business record', user: 'uploadedById cleared' },
  KnowledgeChunk: { tenant: true, contact: 'business record', user: 'no user data' },
  AgentRun: { tenant: true, contact: 'runs of its conversations deleted', user: 'no user data' },
  WorkspaceExport: { tenant: true, contact: 'zip expires after 7 days', user: 'requestedById cleared' },
  WorkspaceBilling: { tenant: true, contact: 'no contact data', user: 'no user data (Stripe ids only; Stripe keeps the customer record for invoices)' },
  AutomationRule: { tenant: true, contact: 'business record', user: 'createdById and round-robin pointer cleared; removed from assign actions, round-robin pools and assignee conditions (a rule whose meaning changed is switched off)' },
  AutomationRun: { tenant: true, contact: 'runs of its conversations deleted', user: 'the member\'s name in run-log outcomes replaced by "a former member"' },
  AutomationActionRun: { tenant: true, contact: 'deleted with its run (cascade); kept only until the run finishes', user: 'the member\'s name in assignment outcomes replaced by "a former member"' },
  WorkspaceInboxCounter: { tenant: true, contact: 'a number only (kept by triggers as conversations change)', user: 'no user data' },
  StripeEvent: { tenant: true, contact: 'no contact data', user: 'payloads may hold the billing name and email; deleted 90 days after handling (sweep-stripe-events)' },
} as const satisfies Record<string, Handling>;

export type RegisteredTable = keyof typeof erasureRegistry;

/** Tables erased by workspaceId when a workspace is erased. */
export const tenantTables = (Object.keys(erasureRegistry) as RegisteredTable[]).filter((t) => erasureRegistry[t].tenant);
