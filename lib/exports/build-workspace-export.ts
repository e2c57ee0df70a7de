// The build-workspace-export job's work: one zip with the workspace's conversations (with notes,
// labels and message media links), contacts, labels, canned responses, agent settings (every
// version; the provider key is never exported), knowledge files (original bytes) and the audit
// log, written to storage under <workspaceId>/<exportId>. Progress moves per section so the
// settings page can show it. Downloadable by owners for WORKSPACE_EXPORT_DOWNLOAD_DAYS.
// The zip is assembled in memory (the Storage interface takes a Buffer): fine for the sizes our
// plans allow; a streaming put would be the next step for very large workspaces.
import { ZipArchive } from 'archiver';
import { exportAuditLogCsv } from '../audit/export-audit-log-csv';
import { db } from '../db';
import { toCsv } from '../http/to-csv';
import { WORKSPACE_EXPORT_DOWNLOAD_DAYS } from '../retention/retention-periods';
import { getStorage, mediaStorageKey } from '../storage/storage';
import { scopedDb } from '../workspaces/scoped-db';

const BATCH = 200;

export async function buildWorkspaceExport(options: { exportId: string; now?: Date }): Promise<'built' | 'skipped'> {
  // Unscoped on purpose: the job finds the export by the id our own code queued, then works scoped.
  const row = await db.workspaceExport.findUnique({ where: { id: options.exportId }, select: { id: true, workspaceId: true, status: true } });
  if (!row || row.status === 'ready' || row.status === 'expired') return 'skipped';
  const scoped = scopedDb(row.workspaceId);
  const progress = (value: number) => scoped.workspaceExport.update({ where: { id: row.id }, data: { status: 'running', progress: value } });
  await progress(1);

  const zip = new ZipArchive({ zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  const json = (value: unknown) => JSON.stringify(value, null, 2);

  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: row.workspaceId }, select: { id: true, name: true, slug: true, createdAt: true, historyRetention: true } });
  const channels = await scoped.channel.findMany({ select: { id: true, type: true, name: true, externalId: true, status: true, connectedAt: true } });
  zip.append(json({ workspace, channels, exportedAt: new Date().toISOString() }), { name: 'workspace.json' });

  const contacts = await scoped.contact.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, channelId: true, externalId: true, name: true, username: true, createdAt: true } });
  zip.append(json(contacts), { name: 'contacts.json' });
  zip.append(toCsv(['id', 'channel_id', 'external_id', 'name', 'username', 'first_seen'], contacts.map((c) => [c.id, c.channelId, c.externalId, c.name, c.username, c.createdAt])), { name: 'contacts.csv' });
  await progress(10);

  const labels = await scoped.label.findMany({ select: { id: true, name: true, color: true } });
  zip.append(json(labels), { name: 'labels.json' });
  zip.append(json(await scoped.cannedResponse.findMany({ select: { shortcut: true, body: true } })), { name: 'canned-responses.json' });
  zip.append(json(await scoped.agentSettingsVersion.findMany({ orderBy: { version: 'asc' }, select: { version: true, settings: true, note: true, createdAt: true } })), { name: 'agent/settings-versions.json' });
  zip.append(json(await scoped.agentConfig.findFirst({ select: { provider: true, model: true, monthlyCapCents: true } })), { name: 'agent/provider.json' });
  await progress(20);

  // Conversations in batches, one JSON file each (notes, labels and messages with media links).
  const total = await scoped.conversation.count();
  let cursor: string | undefined;
  let written = 0;
  for (;;) {
    const page = await scoped.conversation.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      select: {
        id: true, contactId: true, channelId: true, kind: true, status: true, createdAt: true, lastMessageAt: true, postPermalink: true,
        labels: { select: { labelId: true } },
        notes: { orderBy: { createdAt: 'asc' }, select: { authorId: true, body: true, createdAt: true } },
        messages: { orderBy: [{ sentAt: 'asc' }, { id: 'asc' }], select: { id: true, direction: true, sender: true, kind: true, status: true, text: true, sentAt: true, media: { select: { id: true, kind: true, mimeType: true, fileName: true, status: true, sourceUrl: true } } } },
      },
    });
    if (page.length === 0) break;
    for (const conversation of page) zip.append(json(conversation), { name: `conversations/${conversation.id}.json` });
    written += page.length;
    cursor = page.at(-1)!.id;
    await progress(20 + Math.floor((written / Math.max(total, 1)) * 50));
  }

  const files = await scoped.knowledgeFile.findMany({ select: { id: true, name: true, mimeType: true, content: true } });
  for (const file of files) zip.append(Buffer.from(file.content), { name: `knowledge-files/${file.id}-${file.name.replace(/[\\/]/g, '_')}` });
  await progress(80);

  zip.append(await exportAuditLogCsv({ ctx: { db: scoped, can: () => true, workspace } }), { name: 'audit-log.csv' });
  await zip.finalize();
  await done;
  const bytes = Buffer.concat(chunks);
  const storageKey = mediaStorageKey(row.workspaceId, row.id);
  await getStorage().put(storageKey, bytes, { contentType: 'application/zip' });
  const now = options.now ?? new Date();
  await scoped.workspaceExport.update({
    where: { id: row.id },
    data: { status: 'ready', progress: 100, storageKey, sizeBytes: bytes.length, expiresAt: new Date(now.getTime() + WORKSPACE_EXPORT_DOWNLOAD_DAYS * 86_400_000) },
  });
  return 'built';
}
