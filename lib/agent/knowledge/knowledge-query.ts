// Turns a customer's question into full-text search terms. The index uses the 'simple'
// configuration (no stemming, no stop words, language-neutral: customers write in many
// languages), so the question words are normalised here instead: lower-cased, punctuation
// stripped, 1-character tokens and common question words in a few languages dropped.

/** Function words that appear in almost every question and would match almost every passage. */
const stopWords = new Set(
  [
    // English
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its me my no not of on or our please',
    'so than that the their them then there these they this to us was we were what when where which who whom why will with would you your yours',
    'hi hello hey thanks thank any some about also just get got want need tell know',
    // Spanish
    'el la los las un una unos unas de del al y o que en es por para con como cual cuál cuando cuándo donde dónde qué quien su sus mi mis tu tus se lo le les nos hay hola gracias por favor tienen tiene',
    // French
    'le les des du et ou est en au aux pour par avec que qui quoi quel quelle quels quelles comment où je tu il elle nous vous ils elles mon ma mes ton ta vos votre bonjour merci ce cette ces sur dans pas ne',
    // German
    'der die das den dem des ein eine einen einem und oder ist sind zu im mit von für auf wie was wo wer wann ich du er sie wir ihr mein dein ihre hallo danke bitte nicht kein',
    // Portuguese / Italian
    'os as um uma umas uns do da dos das em no na nos nas é são com como qual quando onde olá obrigado il lo gli di che è e per con come quale quando dove ciao grazie',
  ]
    .join(' ')
    .split(/\s+/),
);

/** More terms than this only dilute the ranking and slow the query. */
export const maxQueryTerms = 16;

/** The distinct, normalised search words of a question, in order of appearance. */
export function knowledgeQueryTerms(query: string): string[] {
  const words = query
    .normalize('NFKC')
    .toLowerCase()
    // Letters, combining marks and digits only: everything else separates words, which also
    // keeps every tsquery operator character (& | ! ( ) : * ' \) out of the terms.
    .split(/[^\p{L}\p{M}\p{N}]+/u);
  const terms: string[] = [];
  for (const word of words) {
    if ([...word].length < 2 || stopWords.has(word) || terms.includes(word)) continue;
    terms.push(word);
    if (terms.length === maxQueryTerms) break;
  }
  return terms;
}

/**
 * An OR tsquery over the terms ("refund:* | policy:*"), so a natural question matches passages
 * that contain only some of its words; ts_rank_cd then prefers passages that contain more of them.
 * Words of 4+ characters match as prefixes because 'simple' does not stem ("return" → "returns").
 * Safe to pass to to_tsquery: terms contain only letters, marks and digits.
 */
export function toOrTsQuery(terms: string[]): string {
  return terms.map((term) => ([...term].length >= 4 ? `${term}:*` : term)).join(' | ');
}
