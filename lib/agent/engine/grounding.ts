// What the agent knows for one turn: the sources retrieved for the customer's message and the
// facts of the business (products, active offers only, FAQ, hours). The prompt is built from it,
// the offline responder answers from it, and the UI lists `sources` under every reply.

export type SourceType = 'product' | 'offer' | 'faq' | 'hours' | 'knowledge';

export type SourceRef = {
  type: SourceType;
  /** Product/offer/FAQ index in the settings ("product:2"), or the KnowledgeChunk id. */
  id: string;
  /** Product name, offer code/text, FAQ question, "Opening hours", or "<file name> › <heading>". */
  title: string;
  /** The passage text given to the model (trimmed). */
  excerpt: string;
  /** Relevance to the customer's message, 0–1 (higher is better). */
  score: number;
  /** KnowledgeFile id for knowledge passages. */
  fileId?: string;
  /**
   * Added by the engine: the structured facts behind a product or offer source (price already
   * formatted in its currency and the reply language), so the offline responder can answer
   * without parsing `excerpt`. Optional: LLM providers read the prompt instead.
   */
  details?: { price?: string; description?: string; url?: string; text?: string; code?: string; validUntil?: string };
};

/** A passage returned by knowledge search (lib/agent/knowledge/search-knowledge.ts). */
export type KnowledgePassage = { chunkId: string; fileId: string; fileName: string; heading: string | null; text: string; rank: number };

export type Grounding = {
  /** The customer's message being answered (redacted). */
  question: string;
  /** BCP-47 tag of the customer's language when detected, else the fallback language. */
  language: string;
  /** Best sources first. */
  sources: SourceRef[];
  agentName: string;
  bookingUrl: string;
  /** Inside business hours right now (in the business's time zone). */
  withinHours: boolean;
  outOfHoursNotice: string;
  /** The customer asked whether they are talking to an AI/bot. */
  asksIfAi: boolean;
  /** Added by the engine: a public comment-thread reply (short, no personal data). */
  publicReply?: boolean;
};
