// Helpers for webhook tests: the shared Meta fixtures (../shared/fixtures/meta), signing, and
// channels for the fixtures' fake account ids.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import type { ChannelType } from '@/lib/generated/prisma/enums';
import { META_FIXTURES_DIR } from './fixtures-dir';

export const FIXTURES_DIR = META_FIXTURES_DIR;
export const TEST_APP_SECRET = 'test_app_secret_0123456789abcdef';
export const TEST_VERIFY_TOKEN = 'test-verify-token-123';

export const fixtureIds = { igAccount: '17841400000000001', igAccount2: '17841400000000002', page: '100000000000001', waPhoneNumberId: '106540352242922' };

export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(FIXTURES_DIR, name));
}

export function fixtureSignature(name: string): string {
  const signatures = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'signatures.json'), 'utf8')) as { signatures: Record<string, string> };
  const signature = signatures.signatures[name];
  if (!signature) throw new Error(`No signature for ${name}`);
  return signature;
}

export function sign(body: string | Uint8Array, secret = TEST_APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function webhookRequest(body: string | Uint8Array, signature: string | null, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost:3000/api/webhooks/meta', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}), ...headers },
    body: body as BodyInit,
  });
}

export async function createChannel(workspaceId: string, type: ChannelType, externalId: string) {
  return db.channel.create({ data: { workspaceId, type, externalId, name: `${type} ${externalId}`, ...(type === 'whatsapp' ? { phoneNumberId: externalId } : {}) }, select: { id: true, workspaceId: true } });
}

/** One workspace with a channel for every fixture account (and a second tenant for the IG batch). */
export async function createFixtureChannels() {
  const a = await db.workspace.create({ data: { name: 'Fixture A', slug: `fixture-a-${Math.random().toString(36).slice(2, 8)}` }, select: { id: true } });
  const b = await db.workspace.create({ data: { name: 'Fixture B', slug: `fixture-b-${Math.random().toString(36).slice(2, 8)}` }, select: { id: true } });
  return {
    workspaceA: a.id,
    workspaceB: b.id,
    instagram: await createChannel(a.id, 'instagram', fixtureIds.igAccount),
    instagram2: await createChannel(b.id, 'instagram', fixtureIds.igAccount2),
    messenger: await createChannel(a.id, 'messenger', fixtureIds.page),
    whatsapp: await createChannel(a.id, 'whatsapp', fixtureIds.waPhoneNumberId),
  };
}
