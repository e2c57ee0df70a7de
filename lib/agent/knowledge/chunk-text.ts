// Extracted text → passages of about 1,000 characters: big enough to hold an answer with its
// context, small enough that the few passages given to the model stay on topic. Passages break
// on paragraph, then sentence, then word boundaries; consecutive passages of one section share
// a short overlap so an answer split across the boundary is still found whole in one of them.
import type { ExtractedKnowledge } from './extract-text';

export type ChunkDraft = { heading: string | null; text: string };

export const chunkTargetChars = 1000;
const overlapChars = 150;
const maxHeadingChars = 200;

type Section = { heading: string | null; paragraphs: string[] };

export function chunkExtracted(extracted: ExtractedKnowledge): ChunkDraft[] {
  return extracted.kind === 'records' ? chunkRecords(extracted) : chunkText(extracted.text);
}

/** Markdown/plain text: "#" headings become the `heading` of the passages below them. */
export function chunkText(text: string): ChunkDraft[] {
  return splitSections(text).flatMap((section) => {
    if (!section.paragraphs.length) return section.heading ? [{ heading: section.heading, text: section.heading }] : [];
    return pack(section.paragraphs.flatMap((p) => splitLong(p)), true).map((body) => ({ heading: section.heading, text: body }));
  });
}

/** CSV: whole rows per passage (a row is never cut unless it alone is too long), headed by the column names. */
export function chunkRecords(options: { header: string[]; records: string[] }): ChunkDraft[] {
  const heading = limitHeading(options.header.join(' · ')) || null;
  return pack(options.records.flatMap((record) => splitLong(record)), false).map((body) => ({ heading, text: body }));
}

function splitSections(text: string): Section[] {
  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  let paragraph: string[] = [];
  let inFence = false;
  const current = () => sections[sections.length - 1]!;
  const endParagraph = () => {
    const body = paragraph.join('\n').trim();
    if (body) current().paragraphs.push(body);
    paragraph = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      endParagraph();
      sections.push({ heading: limitHeading(plainInline(heading[1]!)) || null, paragraphs: [] });
    } else if (!inFence && !line.trim()) {
      endParagraph();
    } else {
      paragraph.push(line.trimEnd());
    }
  }
  endParagraph();
  // A heading directly followed by another heading keeps no passage of its own unless it is the last.
  return sections.filter((s, i) => s.paragraphs.length || (s.heading && (i === sections.length - 1 || sections[i + 1]!.heading === null)));
}

/** A unit longer than the target is split at sentence ends, then at spaces. */
function splitLong(unit: string): string[] {
  if (unit.length <= chunkTargetChars) return [unit];
  const sentences = unit.split(/(?<=[.!?。！？])\s+/u).flatMap((s) => (s.length <= chunkTargetChars ? [s] : splitAtSpaces(s)));
  const pieces: string[] = [];
  let piece = '';
  for (const sentence of sentences) {
    if (piece && piece.length + 1 + sentence.length > chunkTargetChars) {
      pieces.push(piece);
      piece = sentence;
    } else {
      piece = piece ? `${piece} ${sentence}` : sentence;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function splitAtSpaces(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > chunkTargetChars) {
    const cut = rest.lastIndexOf(' ', chunkTargetChars);
    const at = cut > chunkTargetChars / 2 ? cut : chunkTargetChars; // no space nearby (a URL, CJK): hard cut
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Greedy packing of units (each ≤ target) into passages, optionally overlapping. */
function pack(units: string[], overlap: boolean): string[] {
  const passages: string[] = [];
  let parts: string[] = [];
  let fresh = false; // the passage has content beyond the overlap carried over
  for (const unit of units) {
    const length = parts.reduce((sum, p) => sum + p.length + 2, 0);
    if (fresh && length + unit.length > chunkTargetChars) {
      passages.push(parts.join('\n\n'));
      const carried = overlap ? overlapFrom(parts[parts.length - 1]!) : '';
      parts = carried ? [carried] : [];
    }
    parts.push(unit);
    fresh = true;
  }
  if (fresh) passages.push(parts.join('\n\n'));
  return passages.map((p) => p.trim()).filter(Boolean);
}

/** The end of the previous passage: its last sentence if short, else its last words. */
function overlapFrom(text: string): string {
  const sentences = text.split(/(?<=[.!?。！？])\s+/u);
  const last = sentences[sentences.length - 1]!.trim();
  if (sentences.length > 1 && last.length <= overlapChars) return last;
  if (text.length <= overlapChars) return text;
  const tail = text.slice(-overlapChars);
  const space = tail.indexOf(' ');
  return `…${space >= 0 ? tail.slice(space + 1) : tail}`;
}

function plainInline(text: string): string {
  return text.replace(/(\*\*|__|`)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}

function limitHeading(heading: string): string {
  return heading.length > maxHeadingChars ? `${heading.slice(0, maxHeadingChars - 1).trimEnd()}…` : heading;
}
