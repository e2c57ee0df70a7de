// A customer's message that answers a waiting satisfaction question: the rating is stored and
// the message joins the closed conversation it rates, instead of opening a new one ("5" is not
// a new support request). Anything else — or an answer after the contact has opened a new
// conversation, or past CSAT_ANSWER_HOURS — is an ordinary message.
import type { NormalisedMessage } from '../channels/channel-provider';
import { db } from '../db';
import { conversationOpenKey } from '../inbox/find-or-create-open-conversation';
import { CSAT_ANSWER_HOURS, parseCsatAnswer } from './csat-question';

/** The survey's conversation id when `message` answers it, else null. */
export async function matchCsatAnswer(options: { workspaceId: string; contactId: string; message: NormalisedMessage }): Promise<{ surveyId: string; conversationId: string; rating: number } | null> {
  const { workspaceId, contactId, message } = options;
  if (message.direction !== 'inbound' || message.post) return null;
  const answer = parseCsatAnswer(message);
  if (!answer) return null;
  const since = new Date(message.sentAt.getTime() - CSAT_ANSWER_HOURS * 3_600_000);
  const survey = await db.csatSurvey.findFirst({
    where: { workspaceId, contactId, sentAt: { gte: since, lte: new Date(message.sentAt.getTime() + 60_000) }, conversation: { status: 'closed' } },
    orderBy: { sentAt: 'desc' },
    select: { id: true, conversationId: true, rating: true },
  });
  if (!survey) return null;
  // A newer open conversation means the customer moved on; "3" there is part of that talk.
  const open = await db.conversation.findUnique({ where: { openKey: conversationOpenKey(contactId) }, select: { id: true } });
  if (open) return null;
  return { surveyId: survey.id, conversationId: survey.conversationId, rating: answer.rating };
}

/** Stores the rating; a second answer (tapped twice, or a change of mind) replaces the first. */
export async function recordCsatAnswer(options: { workspaceId: string; surveyId: string; rating: number; messageId: string; at: Date }): Promise<void> {
  await db.csatSurvey.updateMany({
    where: { id: options.surveyId, workspaceId: options.workspaceId },
    data: { rating: options.rating, ratedAt: options.at, ratingMessageId: options.messageId },
  });
}
