// The satisfaction question and how an answer is recognised. Pure: unit-tested.
// Instagram and Messenger show the choices as quick replies (the tapped one comes back as
// `message.quick_reply.payload`); WhatsApp as an interactive list, since reply buttons stop at
// three (the chosen row comes back as `interactive.list_reply.id`) — meta-platform.md §b, §c.

export const CSAT_QUESTION = 'Thanks for getting in touch! How would you rate our help? Choose 1 (very poor) to 5 (excellent).';

export const csatChoices = [
  { id: 'csat:5', title: '5 – Excellent' },
  { id: 'csat:4', title: '4 – Good' },
  { id: 'csat:3', title: '3 – OK' },
  { id: 'csat:2', title: '2 – Poor' },
  { id: 'csat:1', title: '1 – Very poor' },
] as const;

/** How long after the question an answer is still taken (Meta's standard window is 24 h). */
export const CSAT_ANSWER_HOURS = 48;

/**
 * The rating in a customer's message: a tapped choice (payload `csat:N`), or a typed reply that
 * is just the number ("4", "4/5", "⭐⭐⭐⭐" is not guessed). Typed numbers count only when a
 * survey is waiting, which the caller checks.
 */
export function parseCsatAnswer(message: { text?: string | null; details?: Record<string, unknown> | null }): { rating: number; tapped: boolean } | null {
  const details = message.details ?? {};
  for (const key of ['quickReplyPayload', 'replyId', 'payload']) {
    const value = details[key];
    if (typeof value === 'string') {
      const match = /^csat:([1-5])$/.exec(value);
      if (match) return { rating: Number(match[1]), tapped: true };
    }
  }
  const typed = /^\s*([1-5])\s*(?:\/\s*5)?\s*[.!]?\s*$/.exec(message.text ?? '');
  return typed ? { rating: Number(typed[1]), tapped: false } : null;
}
