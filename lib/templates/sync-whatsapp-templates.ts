// Mirrors a WABA's message templates: GET /{waba_id}/message_templates, following paging.next,
// then upsert what Meta returned and delete what it no longer has.
import { channelAccessToken } from '../channels/get-channel-access-token';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { graphBaseUrlFor } from '../meta/graph-base-url';
import { graphRequest } from '../meta/graph-request';

type GraphTemplate = { id?: string; name: string; language: string; status: string; category?: string; components?: unknown[] };
type Page = { data?: GraphTemplate[]; paging?: { next?: string } };

const MAX_PAGES = 50;

export async function syncWhatsAppTemplates(options: { channelId: string }): Promise<{ upserted: number; deleted: number } | null> {
  // Unscoped: the channel id comes from a job payload queued by code that already scoped it.
  const channel = await db.channel.findUnique({ where: { id: options.channelId }, select: { id: true, workspaceId: true, type: true, status: true, wabaId: true, accessTokenEnc: true } });
  if (!channel || channel.type !== 'whatsapp' || !channel.wabaId || channel.status !== 'active') return null;
  const accessToken = channelAccessToken(channel);
  const baseUrl = graphBaseUrlFor('whatsapp');
  const templates: GraphTemplate[] = [];
  let request: { baseUrl: string; path: string; query: Record<string, string> } | null = {
    baseUrl, path: `/${encodeURIComponent(channel.wabaId)}/message_templates`, query: { fields: 'id,name,language,status,category,components', limit: '100' },
  };
  for (let page = 0; request && page < MAX_PAGES; page++) {
    const body: Page = await graphRequest<Page>({ ...request, accessToken });
    templates.push(...(body.data ?? []));
    request = body.paging?.next ? nextPageRequest(body.paging.next, baseUrl) : null;
  }

  const syncedAt = new Date();
  for (const t of templates) {
    const data = { externalId: t.id ?? null, status: t.status, category: t.category ?? null, components: (t.components ?? []) as Prisma.InputJsonValue, syncedAt };
    await db.messageTemplate.upsert({
      where: { channelId_name_language: { channelId: channel.id, name: t.name, language: t.language } },
      create: { workspaceId: channel.workspaceId, channelId: channel.id, name: t.name, language: t.language, ...data },
      update: data,
    });
  }
  const { count } = await db.messageTemplate.deleteMany({ where: { channelId: channel.id, syncedAt: { lt: syncedAt } } });
  return { upserted: templates.length, deleted: count };
}

/** paging.next is a full URL; follow it only on Meta's (configured) host so the token never leaves it. */
function nextPageRequest(next: string, baseUrl: string) {
  const url = new URL(next);
  if (url.origin !== new URL(baseUrl).origin) throw new Error(`Refusing to follow template paging to ${url.origin}`);
  const query = Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'access_token'));
  return { baseUrl: url.origin, path: url.pathname, query };
}
