// Which language the customer wrote in, from a small stop-word heuristic (en/de/fr/es/it/pt/nl).
// Good enough to pick the reply language and the offline responder's fixed phrases; a real
// model answers in the customer's language anyway because the policy tells it to.
import type { AgentSettings } from '../agent-settings.schema';
import { words } from './text-normalise';

export const detectableLanguages = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type DetectableLanguage = (typeof detectableLanguages)[number];

// Accent-free (see normalise): function words plus the usual greetings and thanks.
const stopWords: Record<DetectableLanguage, string[]> = {
  en: 'the a an is are was were do does did you your i me my we our what how when where which who can could would should have has and or to of in on for with this that it be much many there any please thanks thank hello hi hey want need get about from at not if yes no its im i m don t ll'.split(' '),
  de: 'der die das und ist sind ich du sie wir ihr ein eine einen einem nicht mit fur auf wie was wann wo kann konnen haben habe hast gibt es zu von im mein meine bitte danke hallo guten tag viel kostet noch auch oder bei dem den des mir mich uns euch bist ja nein welche gern gerne mochte wurde ihre ihr sich hier jetzt schon'.split(' '),
  fr: 'le la les un une des du de et est sont je tu vous nous il elle pour avec sur dans pas ne que qui quoi comment combien quand ou bonjour merci salut votre vos mon ma mes ce cette c j l d qu suis etes avez ai au aux oui non sil plait'.split(' '),
  es: 'el la los las un una unos unas y es son yo tu usted ustedes nosotros que como cuando donde cuanto cuesta para por con en de del al no si hola gracias mi mis su sus tienen tiene hay quiero puedo eres esta este esto muy buenos buenas dias estoy soy'.split(' '),
  it: 'il lo la i gli le un uno una e di da in con su per che non sono sei ciao grazie quanto costa come quando dove mio mia vostro avete ho ha buongiorno del della sono questo questa vorrei'.split(' '),
  pt: 'o a os as um uma e de do da dos das em no na com para por que nao sim voce eu ola obrigado obrigada quanto custa como quando onde tem meu minha bom dia vcs isso esse essa gostaria'.split(' '),
  nl: 'de het een en is zijn ik je jij u wij we niet met voor op van wat hoe wanneer waar kan kunnen hebben heb hallo hoi dank bedankt alstublieft graag mijn ons dit dat er kost hoeveel jullie ook'.split(' '),
};

// A word shared by several languages ("de", "la", "en") counts for each a little less.
const owners = new Map<string, DetectableLanguage[]>();
for (const language of detectableLanguages) {
  for (const word of stopWords[language]) owners.set(word, [...(owners.get(word) ?? []), language]);
}

/** The most likely language of `text`, or null when there is no clear signal (too short, a tie). */
export function detectLanguage(text: string): DetectableLanguage | null {
  const scores = new Map<DetectableLanguage, number>();
  for (const word of words(text)) {
    const languages = owners.get(word);
    if (!languages) continue;
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.5) return null;
  if (second && Math.abs(second[1] - best[1]) < 1e-9) return null;
  return best[0];
}

/** The BCP-47 tag to answer in: the customer's language when enabled and detected, else the fallback. */
export function replyLanguage(settings: Pick<AgentSettings, 'languages'>, customerText: string): string {
  if (!settings.languages.replyInCustomerLanguage) return settings.languages.fallback;
  const detected = detectLanguage(customerText);
  if (!detected) return settings.languages.fallback;
  // Keep a regional fallback ("pt-BR") when the detected base language is the same.
  return settings.languages.fallback.toLowerCase().split('-')[0] === detected ? settings.languages.fallback : detected;
}

/** English name of a language tag for the prompt ("de" → "German"). */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

// Words that carry no meaning for retrieval: every language's function words plus fillers that
// would otherwise look like content ("would you like …", "where exactly is … located", the
// possessives of "your shop"/"eurem Laden"/"votre boutique" that the detection lists lack).
const retrievalFillers = [
  'want wants like would need looking know tell please also just some something anything can could much many more does do did',
  'exactly exact actually currently usually still possible possibly maybe kindly located situated',
  'euer eure eurem euren eurer unser unsere unserem unseren unserer dein deine deinem deinen lautet genau eigentlich unter',
  'votre vos notre nos exactement vuestro vuestra vuestros vuestras nuestro nuestra exactamente',
  'vostro vostra vostri vostre nostro nostra esattamente vosso vossa vossos vossas nosso nossa exatamente jullie onze jouw precies',
].join(' ').split(' ');

/** Stop words of all detectable languages, for retrieval and intent detection. */
export const allStopWords: ReadonlySet<string> = new Set([...owners.keys(), ...retrievalFillers]);
