// What the rule editor offers in its pickers: members, labels, canned responses, approved WhatsApp
// templates, and recent conversations for the dry-run — all from the caller's workspace only.
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { templateBodyText, templateVariableCount } from '../inbox/fill-template-variables';
import { listContactAttributes } from '../contacts/attributes/list-contact-attributes';
import type { ContactAttributeDefinition } from '../contacts/attributes/contact-attribute.schema';
import { contactDisplayNameOf, contactNameSelect } from '../contacts/contact-display-name';

export type AutomationOptions = {
  members: { id: string; name: string }[];
  labels: { id: string; name: string }[];
  cannedResponses: { id: string; shortcut: string }[];
  templates: { name: string; language: string; variableCount: number }[];
  conversations: { id: string; label: string }[];
  /** The workspace's custom contact fields, for the "contact field" condition. */
  attributes: ContactAttributeDefinition[];
};

export async function listAutomationOptions({ ctx }: { ctx: Pick<WorkspaceContext, 'db' | 'can'> }): Promise<AutomationOptions> {
  assertCan(ctx, 'automations.manage');
  const [memberships, labels, canned, templates, conversations, attributes] = await Promise.all([
    ctx.db.membership.findMany({ select: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' } }),
    ctx.db.label.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    ctx.db.cannedResponse.findMany({ select: { id: true, shortcut: true }, orderBy: { shortcut: 'asc' } }),
    ctx.db.messageTemplate.findMany({ where: { status: 'APPROVED' }, select: { name: true, language: true, components: true }, orderBy: [{ name: 'asc' }, { language: 'asc' }], take: 200 }),
    ctx.db.conversation.findMany({
      orderBy: { lastMessageAt: 'desc' }, take: 30,
      select: { id: true, lastMessagePreview: true, channel: { select: { type: true } }, contact: { select: contactNameSelect } },
    }),
    listContactAttributes({ ctx }),
  ]);
  const seen = new Set<string>();
  return {
    members: memberships.map((m) => m.user),
    labels,
    cannedResponses: canned,
    // Several WhatsApp numbers may hold the same template; the picker lists it once.
    templates: templates.filter((t) => !seen.has(`${t.name}/${t.language}`) && seen.add(`${t.name}/${t.language}`)).map((t) => ({ name: t.name, language: t.language, variableCount: templateVariableCount(templateBodyText(t.components)) })),
    attributes,
    conversations: conversations.map((c) => ({ id: c.id, label: `${contactDisplayNameOf(c.contact, c.channel.type)} · ${c.channel.type}${c.lastMessagePreview ? ` · “${c.lastMessagePreview.slice(0, 40)}”` : ''}` })),
  };
}
