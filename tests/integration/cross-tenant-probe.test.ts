// The cross-tenant probe: signed in as the OWNER of workspace A, call every server action and
// every route handler found in app/ with workspace B's ids, and prove that nothing in B changes
// and nothing of B is returned. Actions and routes are discovered from the file tree, so a new
// one is probed (or fails the test until it is classified) without editing this file.
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/hash-password';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sessionKeyring } from '@/lib/auth/session-keyring';
import { signSessionToken } from '@/lib/auth/session-token';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { db } from '@/lib/db';
import { stopInboxListener } from '@/lib/realtime/inbox-listener';
import { addMember, createSessionRow, createWorkspaceWithOwner } from '../factories';
import { exemptRouteChecks, type ProbeContext } from '../support/exempt-route-checks';
import { actionsOf, findFiles, learnActionFields, type ServerAction } from '../support/server-actions';

// The request the actions see: A's session cookie and same-origin headers.
const request = { cookies: new Map<string, string>(), headers: new Headers() };
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
  headers: async () => request.headers,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const actionFiles = findFiles('app', 'actions.ts');
const routeFiles = findFiles('app', 'route.ts');
/** Pages Router API routes (pages/api/**): default-exported Node (req, res) handlers, probed the same way. */
const pagesApiFiles = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(entry) ? [full] : [];
  });
})('pages/api');

/**
 * Routes that hold no tenant data, with the reason. Anything else must refuse B's ids. Each one
 * also needs a check in tests/support/exempt-route-checks.ts that proves the reason.
 */
const routesWithoutTenantData: Record<string, string> = {
  'app/api/health/route.ts': 'reports process health only',
  'app/favicon.ico/route.ts': 'the static app icon; reads no request data and no database',
  'app/api/public-page-rsc/route.ts': 'an empty 204 for the App Router\'s RSC requests to public pages (next.config.ts rewrites); reads nothing',
  'app/api/dev/mailbox/latest/route.ts': 'development mailbox; disabled in production (tests/integration/email.test.ts)',
  // Connect callbacks act only for a state signed for the signed-in user and workspace and
  // redirect to /channels?error= otherwise (tests/integration/channels-connect.test.ts).
  'app/api/channels/instagram/callback/route.ts': 'refuses any state not signed for this user and workspace; answers with a redirect',
  'app/api/channels/messenger/callback/route.ts': 'refuses any state not signed for this user and workspace; answers with a redirect',
  'app/api/channels/whatsapp/callback/route.ts': 'refuses any state not signed for this user and workspace; answers with a redirect',
  // Meta's callbacks are authenticated by signed_request, not a session (channels-lifecycle.test.ts).
  'app/api/webhooks/meta/deauthorize/route.ts': "Meta callback: acts only on a valid signed_request; 400 otherwise",
  'app/api/webhooks/meta/data-deletion/route.ts': "Meta callback: acts only on a valid signed_request; 400 otherwise",
  // Relaydesk's own sales bookings, not tenant data; signed by Cal.com (calcom-webhook.test.ts).
  'app/api/webhooks/calcom/route.ts': 'Cal.com webhook: no tenant data; acts only on a valid X-Cal-Signature-256, 401 otherwise',
  // The stream's workspace is the session's; query parameters cannot choose another (inbox-stream.test.ts).
  'app/api/inbox/stream/route.ts': "streams only the signed-in member's own workspace; ignores ids in the request (tests/integration/inbox-stream.test.ts)",
  'app/api/consent/route.ts': 'visitor consent records: no workspace, no session; stores only the posted choice (tests/integration/consent.test.ts)',
  'app/api/dev/consent/[consentId]/route.ts': 'consent records by random consent id; disabled in production (tests/integration/consent.test.ts)',
  'app/api/dev/test-trackers/[file]/route.ts': 'static tracker test doubles; disabled in production',
  // Meta fetches outbound attachments without a session; a valid HMAC signature for the id is the
  // only way in (tests/integration/composer-uploads.test.ts: missing, tampered, expired → 403).
  'app/api/media/outbound/[id]/route.ts': 'signed capability URL',
  // Uploads take no ids: the file is stored in the signed-in member's own workspace (composer-uploads.test.ts).
  'app/api/inbox/uploads/route.ts': "stores a file in the signed-in member's own workspace only; takes no ids (tests/integration/composer-uploads.test.ts)",
  // Knowledge uploads take no ids either: the file goes into the signed-in member's own workspace (agent-knowledge.test.ts).
  'app/api/agent/knowledge/route.ts': "stores a knowledge file in the signed-in member's own workspace only; takes no ids (tests/integration/agent-knowledge.test.ts)",
  // Reports read the signed-in member's own workspace; the query takes filters, never ids.
  'app/api/reports/csv/route.ts': "reports on the signed-in member's own workspace only; takes no ids (tests/integration/reports-metrics.test.ts)",
  // Contacts export: the session's workspace only; filters cannot name another (contacts-csv.test.ts).
  'app/api/contacts/export/route.ts': "exports only the signed-in member's own workspace; B's ids in the filters match nothing (tests/integration/contacts-csv.test.ts)",
  // The audit CSV takes no ids: it is always the signed-in member's own workspace's log
  // (tests/integration/privacy-in-product.test.ts checks B's entries never appear in A's export).
  'app/api/audit/export/route.ts': "exports the signed-in member's own workspace's audit log only; takes no ids (tests/integration/privacy-in-product.test.ts)",
  'app/api/dev/meta/[...path]/route.ts': 'Meta simulator: simulated Meta state only; disabled in production (tests/integration/meta-simulator-production.test.ts)',
  // Billing: Stripe's webhook is authenticated by its signature, not a session (billing-stripe.test.ts: unsigned,
  // mis-signed, stale → 400, nothing stored); the stand-in holds simulated Stripe objects only.
  'app/api/webhooks/stripe/route.ts': 'Stripe webhook: acts only on a valid Stripe-Signature within 300 s; 400 otherwise (tests/integration/billing-stripe.test.ts)',
  'app/api/dev/stripe/[...path]/route.ts': 'Stripe stand-in API: simulated Stripe state only, Bearer key; disabled in production (tests/integration/stripe-standin-production.test.ts)',
  'app/(app)/billing/portal/route.ts': "opens the Customer Portal of the signed-in owner's own workspace only; takes no ids; answers with a redirect",
  'app/(app)/billing/checkout-complete/route.ts': "applies a checkout session only when Stripe says it belongs to the signed-in workspace (another's is not_found: billing-stripe.test.ts); answers with a redirect",
};

let A: { workspaceId: string; ownerId: string; password: string; passwordHash: string };
let B: { contactId: string; workspaceId: string; ownerId: string; agentId: string; inviteId: string; sessionId: string; ownerEmail: string; channelId: string; eventId: string; conversationId: string; messageId: string; cannedResponseId: string; labelId: string; noteId: string; draftId: string; agentSettingsVersionId: string; knowledgeFileId: string; ruleId: string; contact2Id: string; contactAttributeId: string };

beforeAll(async () => {
  const password = 'a calm green kettle 42';
  const a = await createWorkspaceWithOwner({ name: 'Workspace A' });
  const passwordHash = await hashPassword(password);
  A = { workspaceId: a.workspace.id, ownerId: a.owner.id, password, passwordHash };

  const b = await createWorkspaceWithOwner({ name: 'Workspace B' });
  const agent = await addMember(b.workspace.id, 'agent');
  const invite = await db.invite.create({
    data: { workspaceId: b.workspace.id, email: 'pending@b.example', role: 'admin', tokenHash: randomBytes(32).toString('hex'), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const session = await createSessionRow(b.owner.id);
  await db.auditLog.create({ data: { workspaceId: b.workspace.id, actorUserId: b.owner.id, action: 'workspace.created' } });
  const channel = await db.channel.create({ data: { workspaceId: b.workspace.id, type: 'messenger', externalId: '100000000000001', pageId: '100000000000001', name: 'B Page' } });
  const delivery = await db.webhookDelivery.create({ data: { rawBody: Buffer.from('{}'), object: 'instagram', status: 'accepted' } });
  const event = await db.webhookEvent.create({ data: { deliveryId: delivery.id, unitIndex: 0, object: 'instagram', workspaceId: b.workspace.id, payload: {}, status: 'dead', lastError: 'probe' } });
  // An unread conversation with a failed outbound message: mark-read and retry must not touch it.
  const contact = await db.contact.create({ data: { workspaceId: b.workspace.id, channelId: channel.id, externalId: '2000000000000001', name: 'B Customer', email: 'customer@b.example', notes: 'B contact note', attributes: { plan: 'pro' } } });
  // A second person of B: merging B's contacts into each other (or into A's) must be refused.
  const contact2 = await db.contact.create({ data: { workspaceId: b.workspace.id, channelId: channel.id, externalId: '2000000000000002', name: 'B Customer Two', email: 'customer@b.example' } });
  const contactAttribute = await db.contactAttribute.create({ data: { workspaceId: b.workspace.id, key: 'plan', label: 'B plan', type: 'select', options: ['free', 'pro'] } });
  const conversation = await db.conversation.create({ data: { workspaceId: b.workspace.id, channelId: channel.id, contactId: contact.id, kind: 'direct', unreadCount: 2, needsHuman: true, lastInboundAt: new Date(), openKey: `direct:${contact.id}` } });
  const message = await db.message.create({
    data: { workspaceId: b.workspace.id, channelId: channel.id, conversationId: conversation.id, direction: 'outbound', sender: 'operator', kind: 'text', status: 'failed', text: 'B reply', errorMessage: 'probe', sentAt: new Date() },
  });
  const draft = await db.replyDraft.create({ data: { workspaceId: b.workspace.id, conversationId: conversation.id, text: 'B draft' } });
  const canned = await db.cannedResponse.create({ data: { workspaceId: b.workspace.id, shortcut: 'b-hours', body: 'B opening hours' } });
  const label = await db.label.create({ data: { workspaceId: b.workspace.id, name: 'B label', color: '#dc2626' } });
  await db.conversationLabel.create({ data: { workspaceId: b.workspace.id, conversationId: conversation.id, labelId: label.id } });
  const note = await db.conversationNote.create({ data: { workspaceId: b.workspace.id, conversationId: conversation.id, authorId: b.owner.id, body: 'B note', mentionedIds: [] } });
  // B's agent settings history: A must neither read, restore nor add to it.
  await db.agentSettingsVersion.create({ data: { workspaceId: b.workspace.id, version: 1, settings: { ...defaultAgentSettings(), name: 'B agent v1' }, createdById: b.owner.id } });
  const agentSettingsVersion = await db.agentSettingsVersion.create({ data: { workspaceId: b.workspace.id, version: 2, settings: { ...defaultAgentSettings(), name: 'B agent v2' }, createdById: b.owner.id } });
  // B's provider setup and monthly cap: A's provider and cap forms must never touch them; its last
  // test message doubles as a leak marker ("B agent v…").
  await db.agentConfig.create({ data: { workspaceId: b.workspace.id, provider: 'openai', model: 'gpt-4o', apiKeyHint: 'bbbb', monthlyCapCents: 5000, lastTestedAt: new Date(), lastTestOk: false, lastTestMessage: 'B agent vendor test failed' } });
  // B pays for Growth through Stripe: A's checkout, portal and stand-in actions must never touch it.
  await db.workspaceBilling.update({
    where: { workspaceId: b.workspace.id },
    data: { stripeCustomerId: 'cus_probe_b', stripeSubscriptionId: 'sub_probe_b', subscriptionStatus: 'active', plan: 'growth', period: 'monthly' },
  });
  await db.stripeEvent.create({ data: { id: 'evt_probe_b', type: 'invoice.paid', livemode: false, createdAt: new Date(), rawBody: '{}', status: 'unmatched', workspaceId: b.workspace.id, error: 'probe' } });
  // A failed knowledge file of B (with a passage): A must neither delete nor re-index it.
  const knowledgeFile = await db.knowledgeFile.create({
    data: { workspaceId: b.workspace.id, name: 'b-prices.md', mimeType: 'text/markdown', sizeBytes: 9, sha256: 'b'.repeat(64), content: Buffer.from('# B price'), status: 'failed', error: 'probe' },
  });
  await db.knowledgeChunk.create({ data: { workspaceId: b.workspace.id, fileId: knowledgeFile.id, ordinal: 0, heading: 'B price', text: 'B secret price list' } });
  // B's automation rule (with a run): A must neither change, reorder, delete, dry-run against nor read it.
  const automationRule = await db.automationRule.create({
    data: { workspaceId: b.workspace.id, name: 'B rule', position: 1, trigger: 'message_received', conditions: [], actions: [{ type: 'add_label', labelId: label.id }] },
  });
  await db.automationRun.create({ data: { workspaceId: b.workspace.id, ruleId: automationRule.id, conversationId: conversation.id, eventKey: 'probe', trigger: 'message_received', status: 'succeeded', outcome: [] } });
  B = {
    contactId: contact.id, workspaceId: b.workspace.id, ownerId: b.owner.id, agentId: agent.id, inviteId: invite.id, sessionId: session.id, ownerEmail: b.owner.email, channelId: channel.id, eventId: event.id,
    conversationId: conversation.id, messageId: message.id, cannedResponseId: canned.id, labelId: label.id, noteId: note.id, draftId: draft.id,
    agentSettingsVersionId: agentSettingsVersion.id, knowledgeFileId: knowledgeFile.id, ruleId: automationRule.id, contact2Id: contact2.id, contactAttributeId: contactAttribute.id,
  };
});

afterEach(() => request.cookies.clear());
afterAll(async () => {
  await stopInboxListener();
});

/** A fresh session for A's owner in A (some actions log out or change the password). */
async function signInAsA() {
  await db.user.update({ where: { id: A.ownerId }, data: { passwordHash: A.passwordHash } });
  const session = await db.session.create({ data: { userId: A.ownerId, currentWorkspaceId: A.workspaceId, expiresAt: new Date(Date.now() + 3600_000) } });
  request.cookies.set(SESSION_COOKIE, await signSessionToken({ sessionId: session.id, userId: A.ownerId }, sessionKeyring(), session.expiresAt));
  request.headers = new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000', 'user-agent': 'probe' });
}

/** Everything of B that any action could touch, to compare before and after. */
async function snapshotB() {
  const userIds = [B.ownerId, B.agentId];
  return {
    workspace: await db.workspace.findUnique({ where: { id: B.workspaceId } }),
    memberships: await db.membership.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    invites: await db.invite.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    // A failed sign-in against B's owner is recorded in B's audit log on purpose: log-in is
    // public, and anyone may type an email address. Every other entry counts as a change.
    audit: await db.auditLog.findMany({ where: { workspaceId: B.workspaceId, action: { not: 'user.sign_in_failed' } }, orderBy: { id: 'asc' } }),
    users: await db.user.findMany({ where: { id: { in: userIds } }, orderBy: { id: 'asc' } }),
    sessions: await db.session.findMany({ where: { userId: { in: userIds } }, orderBy: { id: 'asc' } }),
    webhookEvents: await db.webhookEvent.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    channels: await db.channel.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    conversations: await db.conversation.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    messages: await db.message.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    inboxEvents: await db.inboxEvent.count({ where: { workspaceId: B.workspaceId } }),
    cannedResponses: await db.cannedResponse.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    labels: await db.label.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    conversationLabels: await db.conversationLabel.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { labelId: 'asc' } }),
    notes: await db.conversationNote.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    presence: await db.conversationPresence.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { userId: 'asc' } }),
    outbox: await db.notificationOutbox.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    replyDrafts: await db.replyDraft.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    agentSettingsVersions: await db.agentSettingsVersion.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { version: 'asc' } }),
    agentConfig: await db.agentConfig.findMany({ where: { workspaceId: B.workspaceId } }),
    knowledgeFiles: await db.knowledgeFile.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' }, omit: { content: true } }),
    knowledgeChunks: await db.knowledgeChunk.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    automationRules: await db.automationRule.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    automationRuns: await db.automationRun.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    csatSurveys: await db.csatSurvey.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    billing: await db.workspaceBilling.findUnique({ where: { workspaceId: B.workspaceId } }),
    stripeEvents: await db.stripeEvent.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    // Privacy: contacts (delete contact), exports (workspace export) and B's users' deletion state.
    contacts: await db.contact.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    workspaceExports: await db.workspaceExport.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
    contactAttributes: await db.contactAttribute.findMany({ where: { workspaceId: B.workspaceId }, orderBy: { id: 'asc' } }),
  };
}

/** B's ids under every field name an action might take, plus valid filler for the rest. */
function attackFields(): Record<string, string> {
  return {
    inviteId: B.inviteId, eventId: B.eventId, userId: B.agentId, toUserId: B.agentId, workspaceId: B.workspaceId, sessionId: B.sessionId,
    role: 'owner', name: 'Pwned by A', workspaceName: 'Pwned', email: B.ownerEmail, newEmail: B.ownerEmail,
    token: randomBytes(32).toString('base64url'), password: 'another calm kettle 43', confirmPassword: 'another calm kettle 43',
    currentPassword: A.password, acceptTerms: 'on', terms: 'on', next: '/inbox',
    channelId: B.channelId, pageId: '100000000000001', deleteNow: 'on',
    conversationId: B.conversationId, messageId: B.messageId,
    // Inbox collaboration: labels, notes (a mention of B's agent), presence, alert preferences.
    labelId: B.labelId, noteId: B.noteId, color: '#dc2626', applied: 'true',
    mentionedIds: B.agentId, state: 'viewing', notifyNewConversations: 'on', notifyMentions: 'on',
    // Meta simulator console and OAuth dialogs (dev tools; they hold no tenant data). The
    // account/channel mismatch stops the console before it posts a webhook anywhere.
    channel: 'whatsapp', accountId: '17841400000000001', customerId: '1234567890123456', kind: 'text', text: 'probe', switch: 'expireTokens', on: 'false',
    // Inbox composer and canned responses.
    clientId: '0193a0b0-0000-7000-8000-000000000001', shortcut: 'probe', body: 'probe', cannedResponseId: B.cannedResponseId,
    dialog: 'instagram', client_id: 'relaydesk-dev-app', redirect_uri: 'http://localhost:3000/probe', accounts: '17841400000000001',
    // Inbox conversation actions, drafts and bulk actions (the dev drafts route reads the same names).
    draftId: B.draftId, ids: B.conversationId, assigneeId: B.agentId, status: 'closed', action: 'close',
    snoozedUntil: new Date(Date.now() + 86_400_000).toISOString(),
    // Public data deletion form: anyone may ask by an email address; B's owner's email is on no contact of B, so nothing of B matches.
    identifierType: 'email', identifier: B.ownerEmail,
    // Agent settings: a valid settings document, B's version numbers (restore/expected version) and a note.
    settings: JSON.stringify(defaultAgentSettings()), expectedVersion: '2', version: '1', note: 'probe',
    // Agent playground: a one-message conversation answered with the saved settings (channelId above is B's).
    turns: JSON.stringify([{ role: 'customer', text: 'probe' }]), settingsSource: 'saved',
    // Agent provider: A switches itself to the offline responder (no key), which must not touch B's config.
    provider: 'offline', model: '', apiKey: '', removeKey: '',
    // Knowledge files: delete and retry take B's failed file.
    fileId: B.knowledgeFileId,
    // Agent usage: the monthly cap (saved for the caller's own workspace only).
    capDollars: '25',
    // Inbox: switch a conversation between AI draft and AI auto-send.
    handling: 'ai_auto',
    // Automations: B's rule id (toggle/move/delete/update), a valid rule that only posts a note
    // (dry-run against B's conversation above), and the away message (saved for A only).
    ruleId: B.ruleId, enabled: 'false', direction: 'down',
    rule: JSON.stringify({ name: 'Probe rule', trigger: 'message_received', conditions: [], actions: [{ type: 'add_note', body: 'probe' }] }),
    message: 'Probe away message',
    // Settings: the CSAT switch (saved for the caller's own workspace only).
    csatEnabled: 'on',
    // Billing: checkout for a plan (A's own workspace only); B's Stripe ids for the stand-in's hosted pages,
    // test clock and the platform replay (A is no platform admin).
    plan: 'growth', period: 'monthly', checkoutSessionId: 'cs_test_probe_b', portalSessionId: 'bps_probe_b', priceId: 'price_standin_scale_yearly',
    cancel: 'true', subscriptionId: 'sub_probe_b', stripeCustomerId: 'cus_probe_b', card: 'ok', stripeEventId: 'evt_probe_b',
    // Privacy: delete B's contact; close a workspace by typing B's name; delete an account by
    // typing B's owner's email; restore B (workspaceId above); A's own history setting.
    contactId: B.contactId, confirmName: 'Workspace B', confirmEmail: B.ownerEmail, historyRetention: 'forever',
    // Platform privacy page (platform admins only; A's owner is not one): log or process a request.
    receivedOn: '2026-11-30', verified: 'on', requestId: '0193a0b0-0000-7000-8000-0000000000aa',
    // Contacts (contactId above is shared with privacy's delete contact): edit, merge (B's two people, or B's into A's), custom fields, CSV import of B's id
    // (channelId above is B's Messenger page: creating contacts on it is refused).
    targetContactId: B.contactId, sourceContactId: B.contact2Id, attributeId: B.contactAttributeId,
    phone: '+447700900123', notes: 'Pwned by A', 'attr.plan': 'free',
    label: 'Probe field', key: 'probe_field', type: 'text', options: '',
    csv: `id,name\n${B.contactId},Pwned by A\n`, step: 'commit',
  };
}

const probeContext: ProbeContext = {
  get A() {
    return A;
  },
  get B() {
    return B;
  },
  signInAsA,
  headers: () => request.headers,
  snapshotB,
};

const probe = (action: ServerAction) => learnActionFields(action, attackFields(), signInAsA);

describe('cross-tenant probe', () => {
  it('finds the server actions and route handlers in app/', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(5);
    expect(routeFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of actionFiles) {
    it(`server actions in ${file} never read or change workspace B`, async () => {
      const actions = await actionsOf(file);
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        const before = await snapshotB();
        const { outcome, fields } = await probe(action);
        if (process.env.PROBE_DEBUG) console.log(name, Object.keys(fields), JSON.stringify(outcome).slice(0, 160));
        // The probe must get past validation, or it proved nothing about authorisation.
        if (outcome.kind === 'result' && !outcome.value.ok) {
          expect(outcome.value.error, `${name} rejected the probe's input: ${JSON.stringify(outcome.value.fieldErrors)}`).not.toBe('Please fix the highlighted fields.');
        }
        expect(await snapshotB(), `${name}(${Object.keys(fields).join(', ')}) changed workspace B`).toEqual(before);
        const text = JSON.stringify(outcome);
        for (const secret of [B.ownerEmail, 'pending@b.example', 'B agent v', 'b-prices.md', 'B secret price', 'customer@b.example', 'B contact note', 'B Customer']) {
          // Echoed input is fine (the attacker typed it); anything else of B is a leak.
          if (!Object.values(fields).includes(secret)) expect(text, `${name} leaked B's data`).not.toContain(secret);
        }
      }
    });
  }

  it('every exempt route has a check, and every check belongs to an exempt route that exists', () => {
    expect(Object.keys(exemptRouteChecks).sort()).toEqual(Object.keys(routesWithoutTenantData).sort());
    for (const file of Object.keys(routesWithoutTenantData)) expect(routeFiles, `${file} no longer exists`).toContain(file);
  });

  for (const file of routeFiles) {
    it(`route ${file} refuses workspace B's ids or holds no tenant data`, async () => {
      const reason = routesWithoutTenantData[file];
      if (reason) {
        const check = exemptRouteChecks[file];
        if (!check) throw new Error(`${file} is exempt ("${reason}") but tests/support/exempt-route-checks.ts has no check proving it`);
        return check(probeContext);
      }
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const handler = mod[method] as ((req: Request, ctx: unknown) => Promise<Response>) | undefined;
        if (!handler) continue;
        await signInAsA();
        const before = await snapshotB();
        const url = `http://localhost:3000/probe?workspaceId=${B.workspaceId}&id=${B.inviteId}`;
        const response = await handler(new Request(url, { method, headers: request.headers, ...(method === 'GET' ? {} : { body: JSON.stringify(attackFields()) }) }), {
          params: Promise.resolve({ id: B.inviteId, workspaceId: B.workspaceId }),
        });
        expect([401, 403, 404], `${method} ${file}`).toContain(response.status);
        expect(await snapshotB()).toEqual(before);
      }
    });
  }

  it('finds the Pages API routes', () => {
    expect(pagesApiFiles).toContain(path.join('pages', 'api', 'webhooks', 'meta.ts'));
  });

  for (const file of pagesApiFiles) {
    it(`Pages API route ${file} refuses workspace B's ids`, async () => {
      const { default: handler } = (await import(/* @vite-ignore */ path.resolve(file))) as { default: (req: IncomingMessage, res: ServerResponse) => Promise<void> };
      const server = createServer((req, res) => void handler(req, res).catch(() => res.writeHead(500).end()));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
          await signInAsA();
          const before = await snapshotB();
          const cookie = [...request.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
          // B's ids everywhere, and (for the webhook) a DM addressed to B's Page.
          const body = { ...attackFields(), object: 'page', entry: [{ id: '100000000000001', time: 1, messaging: [{ sender: { id: '1' }, recipient: { id: '100000000000001' }, timestamp: 1, message: { mid: 'probe', text: 'Pwned by A' } }] }] };
          const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/probe?workspaceId=${B.workspaceId}&id=${B.inviteId}&hub.mode=subscribe&hub.challenge=1`, {
            method,
            headers: { origin: 'http://localhost:3000', 'user-agent': 'probe', cookie, 'content-type': 'application/json' },
            ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
          });
          expect([401, 403, 404, 405], `${method} ${file}`).toContain(response.status);
          expect(await snapshotB()).toEqual(before);
        }
      } finally {
        server.close();
      }
    });
  }
});
