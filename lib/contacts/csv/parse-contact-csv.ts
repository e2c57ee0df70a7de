// CSV text → header + rows, with our limits. csv-parse handles quoting, embedded newlines and
// a BOM (Excel writes one); a malformed file becomes one clear error with its line number.
import { parse } from 'csv-parse/sync';
import { AppError } from '../../errors';
import { MAX_IMPORT_ROWS } from './contact-import-limits';
import { unescapeCsvCell } from './csv-cell';

export type ParsedCsv = { header: string[]; rows: { line: number; cells: Record<string, string> }[] };

export function parseContactCsv(text: string): ParsedCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true,
      // One more than the cap (plus the header), so "too many rows" is detected without parsing the rest.
      to: MAX_IMPORT_ROWS + 2, max_record_size: 20_000,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('bad_request', `This file is not valid CSV${line ? ` (near line ${line})` : ''}: ${(error as Error).message.replace(/^Invalid [^:]*: /, '').slice(0, 160)}`);
  }
  const [first, ...rest] = records;
  if (!first) throw new AppError('bad_request', 'The file is empty. The first line must name the columns, e.g. name,email,phone.');
  if (rest.length > MAX_IMPORT_ROWS) throw new AppError('payload_too_large', `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows. Split it into smaller files.`);
  const header = first.record.map((h) => h.trim().toLowerCase().replace(/^attr\./, ''));
  const duplicate = header.find((h, i) => h && header.indexOf(h) !== i);
  if (duplicate) throw new AppError('bad_request', `The column "${duplicate}" appears twice.`);
  return {
    header,
    rows: rest.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(header.map((h, i) => [h, unescapeCsvCell(record[i] ?? '')]).filter(([h]) => h)),
    })),
  };
}
