// What kind of message the customer sent: small talk (greeting, thanks), the AI question, a
// booking wish, a request for a person, or a factual question that needs sources. Multilingual
// phrase lists on accent-free text (see text-normalise.ts).
import { normalise, stem, words } from './text-normalise';

const greetingWords = new Set('hi hello hey hiya hallo hola bonjour salut ciao ola oi hoi moin servus morning evening afternoon guten morgen abend tag buenos buenas dias tardes noches bonsoir buongiorno buonasera goedemorgen bom boa'.split(' '));
const thanksWords = new Set('thanks thank thx ty cheers danke dankeschon merci gracias grazie obrigado obrigada bedankt dank'.split(' '));
const smallTalkWords = new Set('ok okay cool great perfect super nice awesome bye goodbye tschuss adios adieu revoir good fine doing going vielen much lot muchas mille tante geht gut bien bene well'.split(' '));
const bookingWords = new Set('book booking appointment appointments schedule reserve reservation call meeting slot termin buchen reservieren reservar cita agendar reserver rendez vous prenotare appuntamento marcar afspraak'.split(' '));

// Accent-free regexes (run on normalise(text)).
const asksIfAiPatterns: RegExp[] = [
  /\b(are|r) (you|u) (an? |the )?(real |actual )?(bot|robot|ai|a\.i|human|person|machine|chatbot|computer|real person|real human)\b/,
  /\b(is this|am i (talking|speaking|chatting|writing)) (to|with)? ?(an? )?(real )?(bot|robot|ai|human|person|machine|chatbot|computer)\b/,
  /\bis this (an? )?(bot|robot|ai|human|real person|automated)\b/,
  /\b(bist du|sind sie|ist das) (ein |eine )?(echter |echte )?(bot|roboter|ki|mensch|person|maschine|chatbot)\b/,
  /\b(es tu|etes vous|est ce que (tu es|vous etes)|c est) (un |une )?(vrai |vraie )?(robot|bot|humain|ia|personne|machine|chatbot)\b/,
  /\b(eres|es usted|estoy hablando con) (un |una )?(bot|robot|humano|ia|persona|maquina|chatbot)\b/,
  /\b(sei|e) (un |una )?(bot|robot|umano|ia|persona|chatbot)\b/,
  /\b(voce e|vc e|e) (um |uma )?(bot|robo|humano|ia|pessoa|chatbot)\b/,
  /\b(ben je|bent u) (een )?(bot|robot|mens|ai|chatbot)\b/,
];

const asksForHumanPatterns: RegExp[] = [
  /\b(real|actual|live) (person|human|agent|people)\b/,
  /\b(talk|speak|chat) (to|with) (a |an |some )?(someone|somebody|human|person|agent|representative|operator|manager|staff|people)\b/,
  /\b(human|representative|operator|customer service|support agent)\b/,
  /\bagent\b/,
  /\b(mensch|mitarbeiter|mitarbeiterin|menschen|echte person)\b/,
  /\b(humain|quelqu un|une personne|un conseiller|une conseillere|vrai personne)\b/,
  /\b(persona|humano|alguien|un agente|asesor)\b/,
  /\b(pessoa|atendente|humano)\b/,
  /\b(umano|operatore)\b/,
  /\b(medewerker|echte persoon|mens)\b/,
];

export type MessageIntent = {
  greeting: boolean;
  thanks: boolean;
  asksIfAi: boolean;
  asksForHuman: boolean;
  wantsBooking: boolean;
  /** Content words left after removing small talk, booking and stop words ("price", "linen"). */
  contentWords: string[];
  /** Needs facts to answer (has content words beyond small talk / the AI question / booking). */
  factual: boolean;
};

export function matchesAsksIfAi(text: string): RegExpExecArray | null {
  const normal = normalise(text).replace(/[^\p{L}\p{N}.]+/gu, ' ');
  for (const pattern of asksIfAiPatterns) {
    const match = pattern.exec(normal);
    if (match) return match;
  }
  return null;
}

/** The customer asks for a person ("can I talk to a real person?"); "are you human?" is the AI question, not this. */
export function asksForHuman(text: string): boolean {
  let normal = normalise(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const aiQuestion = matchesAsksIfAi(text);
  if (aiQuestion) normal = normal.replace(aiQuestion[0].replace(/\./g, ' '), ' ');
  return asksForHumanPatterns.some((pattern) => pattern.test(normal));
}

export function classifyMessage(text: string, stopWords: ReadonlySet<string>): MessageIntent {
  const all = words(text);
  const aiQuestion = matchesAsksIfAi(text);
  const aiWords = new Set(aiQuestion ? words(aiQuestion[0]) : []);
  const contentWords = all
    .filter((word) => !stopWords.has(word) && !greetingWords.has(word) && !thanksWords.has(word) && !smallTalkWords.has(word))
    .filter((word) => !bookingWords.has(word) && !aiWords.has(word))
    .map(stem);
  const wantsBooking = all.some((word) => bookingWords.has(word));
  return {
    greeting: all.some((word) => greetingWords.has(word)),
    thanks: all.some((word) => thanksWords.has(word)),
    asksIfAi: Boolean(aiQuestion),
    asksForHuman: asksForHuman(text),
    wantsBooking,
    contentWords,
    factual: contentWords.length > 0,
  };
}
