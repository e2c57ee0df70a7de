import { Resend } from 'resend';
import { db } from '../db';
import { env } from '../env';
import { logger } from '../logger';
import type { EmailTemplateName } from './email-template-schemas';

export type EmailTransport = 'resend' | 'dev-mailbox';

/** Resend refused or failed; thrown so the job retries. The message never contains addresses. */
export class EmailDeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number | null,
    message: string,
  ) {
    super(`Resend did not accept the email (${code}${statusCode ? `, HTTP ${statusCode}` : ''}): ${redactAddresses(message)}`);
    this.name = 'EmailDeliveryError';
  }
}

// Resend's messages can quote the recipient ("Invalid `to` field: x@y"); job failures are logged.
const redactAddresses = (message: string) => message.replace(/[^\s<>"'`,;:()]+@[^\s<>"'`,;:()]+/g, '[address]');

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

/**
 * Delivers one rendered email, at most once per `messageId`: through Resend when
 * RESEND_API_KEY is set, otherwise into the dev mailbox (the EmailMessage table). Either way an
 * EmailMessage row with that id records it, and an existing row means "already delivered".
 */
export async function deliverEmail(input: {
  messageId: string;
  to: string;
  template: EmailTemplateName;
  subject: string;
  html: string;
  text: string;
}): Promise<{ transport: EmailTransport; providerId: string | null; alreadyDelivered: boolean }> {
  const existing = await db.emailMessage.findUnique({ where: { id: input.messageId }, select: { transport: true, providerId: true } });
  if (existing) return { transport: existing.transport as EmailTransport, providerId: existing.providerId, alreadyDelivered: true };

  const { RESEND_API_KEY, EMAIL_FROM, NODE_ENV, DEV_TOOLS_IN_PRODUCTION } = env();
  let transport: EmailTransport = 'dev-mailbox';
  let providerId: string | null = null;
  if (RESEND_API_KEY) {
    const { data, error } = await new Resend(RESEND_API_KEY).emails.send(
      { from: EMAIL_FROM, to: input.to, subject: input.subject, html: input.html, text: input.text },
      // Covers a crash between Resend accepting the email and our row being written: the retry
      // reuses the key and Resend does not send again (keys live 24 hours).
      { idempotencyKey: `send-email/${input.messageId}` },
    );
    if (error) throw new EmailDeliveryError(error.name, error.statusCode, error.message);
    transport = 'resend';
    providerId = data.id;
  } else if (NODE_ENV === 'production' && !DEV_TOOLS_IN_PRODUCTION) {
    logger.warn({ messageId: input.messageId, template: input.template }, 'RESEND_API_KEY is unset in production: email stored in the dev mailbox, not sent');
  }

  try {
    await db.emailMessage.create({
      data: {
        id: input.messageId,
        to: input.to,
        subject: input.subject,
        // Sent emails keep no body: their links carry single-use tokens that the database
        // otherwise stores only as hashes. The dev mailbox needs the body; it is the delivery.
        html: transport === 'dev-mailbox' ? input.html : '',
        text: transport === 'dev-mailbox' ? input.text : '',
        template: input.template,
        transport,
        providerId,
      },
      select: { id: true },
    });
  } catch (error) {
    // A concurrent run of the same job got there first.
    if (isUniqueViolation(error)) return { transport, providerId, alreadyDelivered: true };
    throw error;
  }
  return { transport, providerId, alreadyDelivered: false };
}
