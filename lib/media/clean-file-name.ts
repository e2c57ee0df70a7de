// File names from outside (an operator's or owner's upload, a WhatsApp customer's document) are
// shown in the inbox and the knowledge list, sent to Meta, and offered for download. Invisible
// characters there are a spoofing tool: U+202E RIGHT-TO-LEFT OVERRIDE makes "invoice\u202Efdp.exe"
// display as "invoiceexe.pdf", and other bidi controls, C0/C1 controls, line separators and the
// BOM can reorder or hide parts of the name. They are removed; ZWJ/ZWNJ stay (emoji sequences and
// Persian/Indic spelling need them), and slashes become "_" so a name is never a path.
const unsafe =
  // C0, DEL, C1 controls · ALM · LRM, RLM · LRE, RLE, PDF, LRO, RLO · LRI, RLI, FSI, PDI ·
  // LINE/PARAGRAPH SEPARATOR · BOM/ZWNBSP · interlinear annotation marks
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufff9-\ufffb]/g;

export function cleanFileName(raw: string, options: { maxLength: number; fallback: string }): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(unsafe, '')
    .replace(/[/\\]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code points, so a surrogate pair is never split in half.
  return [...cleaned].slice(0, options.maxLength).join('').trim() || options.fallback;
}
