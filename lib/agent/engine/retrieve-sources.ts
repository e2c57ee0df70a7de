// Retrieval for one customer message: products, ACTIVE offers and FAQ entries ranked in memory,
// plus the knowledge passages from Postgres full-text search (input.searchKnowledge), all scored
// the same way so they merge into one list with scores between 0 and 1.
//
// Score = IDF-weighted coverage of the question's KEY terms by the source: the share of the
// question's "information" the source contains. 1 = every key term is in the source, 0 = none.
// Rare words (a product name) weigh more than words every source has ("price"). It is BM25-ish
// without length normalisation, which suits short business facts, and it is comparable across
// source types (the FTS rank of a passage is not, so it only breaks ties).
//
// Key terms are the question's content words minus the words a business uses for itself ("shop",
// "store", "Laden", "tienda"…): in "What is the wifi password in your shop?" the topic is the wifi
// password, and a passage about gift cards "sold in the shop" shares a word, not an answer
// (issue 14). A source must also cover at least half of the key terms (rounded up): one shared
// word out of three is a coincidence, not grounding. Only a question made of nothing but such
// words ("where is your store?") is matched on them, and then any of them stands for the business.
import { activeOffers, weekdayLabels, type AgentSettings } from '../agent-settings.schema';
import { allStopWords } from './detect-language';
import { formatPrice } from './format-price';
import type { KnowledgePassage, SourceRef } from './grounding';
import { stem, words } from './text-normalise';

// Words a customer uses for "a product's price" and "an offer" in our languages, added to what
// those sources match on, so "any discounts?" finds offers and "what does X cost" finds X.
const priceWords = 'price prices cost costs pricing preis preise kostet kosten precio precios cuesta prix coute tarif prezzo costa preco custa prijs kost'.split(' ');
const offerWords = 'offer offers deal deals discount discounts sale promo promotion code coupon voucher angebot angebote rabatt gutschein aktion oferta ofertas descuento cupon codigo offre offres promotion reduction remise sconto offerta codice desconto cupom aanbieding korting'.split(' ');
// Words for "when are you open" in our languages: the configured business hours answer them.
const hoursWords = 'open opening opens hours hour close closed closing when today tomorrow weekend oeffnungszeiten offnungszeiten geoeffnet geoffnet offen geschlossen horario horarios abierto abren cerrado horaire horaires ouvert ouverture ferme orari orario aperto chiuso aberto fechado openingstijden geopend gesloten'.split(' ');

// How a business names itself, its premises or its web presence, in our languages (accent-free,
// stemmed like query terms). "store" and "shop" are the same thing here.
const businessWords = new Set(
  'shop store boutique business company brand website site web online page location premise laden geschaft firma unternehmen webseite seite filiale magasin entreprise societe tienda negocio empresa sitio pagina negozio azienda sito loja winkel bedrijf zaak'
    .split(' ')
    .map(stem),
);

const excerptLimit = 800;

type Candidate = Omit<SourceRef, 'score'> & { terms: Set<string>; tieBreak: number };

function termsOf(...texts: string[]): Set<string> {
  // One-letter words ("y", "l", "d") are elisions and particles, never a topic.
  return new Set(texts.flatMap((text) => words(text)).filter((word) => word.length > 1 && !allStopWords.has(word)).map(stem));
}

/** Content words of a question, stemmed and de-duplicated. */
export function queryTerms(query: string): string[] {
  return [...termsOf(query)];
}

/**
 * The terms an answer must be about: the content words without the business's words for itself,
 * or — for a question made only of those ("where is your store?") — those words.
 */
export function keyTerms(query: string): { terms: string[]; businessOnly: boolean } {
  // Placeholder-like text ("[PHONE_1]", neutralised by the redactor to "(PHONE_1)") stands for
  // personal data, not a topic a passage must cover.
  const all = queryTerms(query.replace(/[[(][A-Z]+_[A-Za-z0-9]+[\])]/g, ' '));
  const key = all.filter((term) => !businessWords.has(term));
  return key.length ? { terms: key, businessOnly: false } : { terms: all, businessOnly: all.length > 0 };
}

/** Fewest key terms a source must contain to count as grounding: half of them, rounded up. */
export function requiredMatches(keyTermCount: number): number {
  return Math.ceil(keyTermCount / 2);
}

function trimExcerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= excerptLimit ? clean : `${clean.slice(0, excerptLimit - 1).trimEnd()}…`;
}

/** Whether a source's terms contain `term`: exactly (1), as a prefix either way ("book" ↔ "booking", 0.8), or not (0). */
function termMatch(term: string, terms: Set<string>, businessOnly: boolean): number {
  if (terms.has(term)) return 1;
  // For a question about the business itself, any of its words stands for it ("store" ↔ "shop").
  if (businessOnly && businessWords.has(term) && [...terms].some((candidate) => businessWords.has(candidate))) return 1;
  if (term.length >= 4 && [...terms].some((candidate) => candidate.length >= 4 && (candidate.startsWith(term) || term.startsWith(candidate)))) return 0.8;
  return 0;
}

/**
 * How well `terms` (a source) covers the key terms, 0–1 — and 0 when it contains fewer than
 * half of them (see the file comment).
 */
function coverage(query: { terms: string[]; businessOnly: boolean }, terms: Set<string>, idf: (term: string) => number): number {
  let total = 0;
  let matched = 0;
  let matchedTerms = 0;
  for (const term of query.terms) {
    const weight = idf(term);
    total += weight;
    const match = termMatch(term, terms, query.businessOnly);
    matched += match * weight;
    if (match > 0) matchedTerms++;
  }
  if (total === 0 || matchedTerms < requiredMatches(query.terms.length)) return 0;
  return matched / total;
}

export function buildCandidates(options: { settings: AgentSettings; now: Date; language: string; passages: KnowledgePassage[] }): Candidate[] {
  const { settings, now, language } = options;
  const products: Candidate[] = settings.products.map((product, index) => ({
    type: 'product',
    id: `product:${index}`,
    title: product.name,
    excerpt: trimExcerpt([`${product.name} — ${formatPrice(product, language)}.`, product.description, product.url].filter(Boolean).join(' ')),
    details: { price: formatPrice(product, language), description: product.description, url: product.url },
    terms: termsOf(product.name, product.description, priceWords.join(' ')),
    tieBreak: 0,
  }));
  // Expired and upcoming offers never become candidates: they cannot reach the prompt.
  const offers: Candidate[] = activeOffers(
    settings.offers.map((offer, index) => ({ ...offer, index })),
    now,
    settings.businessHours.timeZone,
  ).map((offer) => ({
    type: 'offer',
    id: `offer:${offer.index}`,
    title: offer.code || offer.text.slice(0, 80),
    excerpt: trimExcerpt([offer.text, offer.code && `Code: ${offer.code}.`, offer.validUntil && `Valid until ${offer.validUntil}.`].filter(Boolean).join(' ')),
    details: { text: offer.text, code: offer.code, validUntil: offer.validUntil },
    terms: termsOf(offer.text, offer.code, offerWords.join(' ')),
    tieBreak: 0,
  }));
  const faq: Candidate[] = settings.faq.map((entry, index) => ({
    type: 'faq',
    id: `faq:${index}`,
    title: entry.question,
    excerpt: trimExcerpt(entry.answer),
    terms: termsOf(entry.question, entry.answer),
    tieBreak: 0,
  }));
  const knowledge: Candidate[] = options.passages.map((passage, index) => ({
    type: 'knowledge',
    id: passage.chunkId,
    fileId: passage.fileId,
    title: passage.heading ? `${passage.fileName} › ${passage.heading}` : passage.fileName,
    excerpt: trimExcerpt(passage.text),
    terms: termsOf(passage.heading ?? '', passage.text),
    // Search order (FTS rank) only breaks ties between equally covering passages.
    tieBreak: -index,
  }));
  // The business hours are a fact the owner configured: "when are you open?" is answered from
  // them rather than handed off for lack of grounding.
  const { timeZone, days } = settings.businessHours;
  const schedule = days.map((day) => `${weekdayLabels[day.day]} ${day.closed ? 'closed' : `${day.open}–${day.close}`}`).join(', ');
  const hours: Candidate = {
    type: 'hours',
    id: 'hours',
    title: 'Opening hours',
    excerpt: trimExcerpt(`Our opening hours (${timeZone}): ${schedule}.`),
    terms: termsOf(hoursWords.join(' ')),
    tieBreak: 0,
  };
  return [...products, ...offers, ...faq, hours, ...knowledge];
}

function toSourceRef(candidate: Candidate, score: number): SourceRef {
  const source: SourceRef = { type: candidate.type, id: candidate.id, title: candidate.title, excerpt: candidate.excerpt, score };
  if (candidate.fileId) source.fileId = candidate.fileId;
  if (candidate.details) source.details = candidate.details;
  return source;
}

/** Rank candidate sources for a query: best first, only those that match at all, at most `limit`. */
export function rankSources(query: string, candidates: Candidate[], limit = 6): SourceRef[] {
  const key = keyTerms(query);
  if (key.terms.length === 0 || candidates.length === 0) return [];
  const documentFrequency = new Map<string, number>();
  for (const term of key.terms) documentFrequency.set(term, candidates.filter((candidate) => candidate.terms.has(term)).length);
  const idf = (term: string) => Math.log(1 + candidates.length / (1 + (documentFrequency.get(term) ?? 0)));
  return candidates
    .map((candidate) => ({ candidate, score: coverage(key, candidate.terms, idf) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || b.candidate.tieBreak - a.candidate.tieBreak)
    .slice(0, limit)
    .map(({ candidate, score }) => toSourceRef(candidate, Math.round(score * 1000) / 1000));
}

/** Products, active offers, FAQ and knowledge passages for one message, merged and ranked. */
export async function retrieveSources(options: {
  settings: AgentSettings;
  now: Date;
  language: string;
  query: string;
  searchKnowledge: (query: string, limit: number) => Promise<KnowledgePassage[]>;
  limit?: number;
}): Promise<SourceRef[]> {
  const passages = queryTerms(options.query).length > 0 ? await options.searchKnowledge(options.query, 5) : [];
  return rankSources(options.query, buildCandidates({ ...options, passages }), options.limit ?? 6);
}
