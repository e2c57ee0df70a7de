// Channels, contacts and conversations for send/media integration tests.
import { randomBytes } from 'node:crypto';
import { encryptToken } from '@/lib/crypto/token-cipher';
import { db } from '@/lib/db';
import type { ChannelType, ConversationKind } from '@/lib/generated/prisma/enums';

const digits = () => String(BigInt(`0x${randomBytes(6).toString('hex')}`)).padStart(15, '1').slice(0, 15);

export async function createChannel(workspaceId: string, type: ChannelType, overrides: { status?: 'active' | 'token_expired' | 'disconnected'; token?: string } = {}) {
  const externalId = digits();
  return db.channel.create({
    data: {
      workspaceId, type, externalId, name: `${type} ${externalId.slice(-4)}`, status: overrides.status ?? 'active',
      accessTokenEnc: encryptToken(overrides.token ?? `token-${type}-${externalId}`),
      ...(type === 'whatsapp' ? { phoneNumberId: externalId, wabaId: `waba${externalId}`, displayPhone: '15550783881' } : {}),
      ...(type === 'messenger' ? { pageId: externalId } : {}),
      ...(type === 'instagram' ? { igUserId: externalId } : {}),
    },
  });
}

export async function createConversation(channel: { id: string; workspaceId: string }, options: { lastInboundAt?: Date | null; kind?: ConversationKind; contactExternalId?: string } = {}) {
  const contact = await db.contact.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, externalId: options.contactExternalId ?? digits(), name: 'Ana Customer' } });
  const conversation = await db.conversation.create({
    data: {
      workspaceId: channel.workspaceId, channelId: channel.id, contactId: contact.id, kind: options.kind ?? 'direct',
      lastInboundAt: options.lastInboundAt === undefined ? new Date() : options.lastInboundAt, openKey: randomBytes(8).toString('hex'),
    },
  });
  return { contact, conversation };
}

export async function createInboundMessage(options: { channel: { id: string; workspaceId: string }; conversationId: string; kind?: 'text' | 'comment' | 'image' | 'audio'; externalId?: string; sentAt?: Date; text?: string }) {
  return db.message.create({
    data: {
      workspaceId: options.channel.workspaceId, channelId: options.channel.id, conversationId: options.conversationId, direction: 'inbound', sender: 'customer',
      status: 'received', kind: options.kind ?? 'text', externalId: options.externalId ?? `m_${randomBytes(8).toString('hex')}`, text: options.text ?? 'hello', sentAt: options.sentAt ?? new Date(),
    },
  });
}
