// The fixed sentences the engine and the offline responder write themselves (handoff notes, the
// AI-honesty line, the offline responder's templates) in en/de/fr/es; other languages fall back
// to English. Kept free of discount words so a guardrail never trips on our own text.

export type Phrases = {
  handoff: string;
  lowGrounding: string;
  aiYes: (agentName: string) => string;
  greeting: string;
  thanks: string;
  price: (name: string, price: string) => string;
  moreAt: (url: string) => string;
  offer: (text: string) => string;
  offerCode: (code: string) => string;
  validUntil: (date: string) => string;
  booking: (url: string) => string;
  found: string;
  contactNoted: (contact: string) => string;
  dmForDetails: string;
};

const en: Phrases = {
  handoff: 'Thanks for your message — a teammate will take it from here.',
  lowGrounding: "Good question — I'll ask a teammate to get back to you on that.",
  aiYes: (name) => `Yes, I'm an AI assistant (${name}). A teammate can take over whenever you like.`,
  greeting: 'Hi! How can I help you today?',
  thanks: "You're welcome! Anything else I can help with?",
  price: (name, price) => `${name} costs ${price}.`,
  moreAt: (url) => `More details: ${url}`,
  offer: (text) => `Current offer: ${text}`,
  offerCode: (code) => `Use the code ${code}.`,
  validUntil: (date) => `Valid until ${date}.`,
  booking: (url) => `You can book here: ${url}`,
  found: "Here's what I found:",
  contactNoted: (contact) => `Noted — a teammate can reach you at ${contact}.`,
  dmForDetails: 'Send us a direct message for anything personal.',
};

const de: Phrases = {
  handoff: 'Danke für Ihre Nachricht – ein Teammitglied übernimmt ab hier.',
  lowGrounding: 'Gute Frage – ich bitte ein Teammitglied, sich dazu bei Ihnen zu melden.',
  aiYes: (name) => `Ja, ich bin ein KI-Assistent (${name}). Ein Mensch aus dem Team kann jederzeit übernehmen.`,
  greeting: 'Hallo! Wie kann ich Ihnen helfen?',
  thanks: 'Gern geschehen! Kann ich sonst noch helfen?',
  price: (name, price) => `${name} kostet ${price}.`,
  moreAt: (url) => `Mehr dazu: ${url}`,
  offer: (text) => `Aktuelles Angebot: ${text}`,
  offerCode: (code) => `Code: ${code}.`,
  validUntil: (date) => `Gültig bis ${date}.`,
  booking: (url) => `Hier können Sie einen Termin buchen: ${url}`,
  found: 'Das habe ich gefunden:',
  contactNoted: (contact) => `Notiert – ein Teammitglied erreicht Sie unter ${contact}.`,
  dmForDetails: 'Schreiben Sie uns für Persönliches gern eine Direktnachricht.',
};

const fr: Phrases = {
  handoff: "Merci pour votre message — un membre de l'équipe prend le relais.",
  lowGrounding: "Bonne question — je demande à un membre de l'équipe de vous répondre.",
  aiYes: (name) => `Oui, je suis un assistant IA (${name}). Un membre de l'équipe peut prendre le relais à tout moment.`,
  greeting: 'Bonjour ! Comment puis-je vous aider ?',
  thanks: "Avec plaisir ! Puis-je vous aider pour autre chose ?",
  price: (name, price) => `${name} coûte ${price}.`,
  moreAt: (url) => `Plus de détails : ${url}`,
  offer: (text) => `Offre actuelle : ${text}`,
  offerCode: (code) => `Code : ${code}.`,
  validUntil: (date) => `Valable jusqu'au ${date}.`,
  booking: (url) => `Vous pouvez réserver ici : ${url}`,
  found: "Voici ce que j'ai trouvé :",
  contactNoted: (contact) => `C'est noté — un membre de l'équipe peut vous joindre au ${contact}.`,
  dmForDetails: 'Envoyez-nous un message privé pour toute question personnelle.',
};

const es: Phrases = {
  handoff: 'Gracias por tu mensaje: una persona del equipo se encargará a partir de aquí.',
  lowGrounding: 'Buena pregunta: le pediré a una persona del equipo que te responda.',
  aiYes: (name) => `Sí, soy un asistente de IA (${name}). Una persona del equipo puede atenderte cuando quieras.`,
  greeting: '¡Hola! ¿En qué puedo ayudarte?',
  thanks: '¡De nada! ¿Puedo ayudarte en algo más?',
  price: (name, price) => `${name} cuesta ${price}.`,
  moreAt: (url) => `Más detalles: ${url}`,
  offer: (text) => `Oferta actual: ${text}`,
  offerCode: (code) => `Código: ${code}.`,
  validUntil: (date) => `Válida hasta el ${date}.`,
  booking: (url) => `Puedes reservar aquí: ${url}`,
  found: 'Esto es lo que encontré:',
  contactNoted: (contact) => `Anotado: una persona del equipo te contactará en ${contact}.`,
  dmForDetails: 'Escríbenos por mensaje directo para cualquier dato personal.',
};

const byLanguage: Record<string, Phrases> = { en, de, fr, es };

/** The phrase set for a language tag ("de-AT" → German); English when there is none. */
export function phrasesFor(languageTag: string): Phrases {
  return byLanguage[languageTag.toLowerCase().split('-')[0] ?? 'en'] ?? en;
}
