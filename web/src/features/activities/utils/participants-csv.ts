import type { ImportProblem, ImportReport } from '@/lib/api/types';

/** The columns of a participants CSV, in the API's order (position may be left out). */
export const participantCsvColumns = ['name', 'member', 'gender', 'role', 'position'] as const;
export type ParticipantCsvColumn = (typeof participantCsvColumns)[number];

/** A file to start from: the header and one example row. */
export const participantCsvTemplate = 'name,member,gender,role,position\r\nJane Doe,TH,female,participant,Customs officer\r\n';

/**
 * Splits CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into records.
 * A blank line is an empty record: the API counts it when it numbers rows, so the preview does too.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    // A line with nothing on it is a blank record, not a record with one empty field.
    if (record.length === 0 && !fieldStarted && field === '') records.push([]);
    else {
      endField();
      records.push(record);
    }
    record = [];
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += char;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      fieldStarted = true;
      endField();
      fieldStarted = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (field !== '' || record.length > 0 || fieldStarted) endRecord();
  return records;
}

export interface PreviewRow {
  /** The row number the API reports problems on: the header is row 1. */
  row: number;
  values: Record<ParticipantCsvColumn, string>;
  problems: ImportProblem[];
}

export interface CsvPreview {
  /** Columns of the file that the API reads, in the file's order; unknown ones are ignored. */
  columns: ParticipantCsvColumn[];
  rows: PreviewRow[];
  /** Problems with the file as a whole (the header, or no rows), or on a row the preview cannot show. */
  fileProblems: ImportProblem[];
  /** Rows with at least one problem. */
  rowsWithProblems: number;
}

/**
 * The rows of a participants CSV as the API will read them, each with the problems a dry run reported on it
 * (ImportProblem.row counts records from the header, blank lines included).
 */
export function previewParticipantsCsv(text: string, report?: Pick<ImportReport, 'problems'>): CsvPreview {
  const records = parseCsv(text);
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(participantCsvColumns.map((c) => [c, header.indexOf(c)])) as Record<ParticipantCsvColumn, number>;
  const columns = participantCsvColumns.filter((c) => index[c] >= 0);
  const problems = report?.problems ?? [];
  const rows: PreviewRow[] = [];
  records.slice(1).forEach((record, i) => {
    if (record.length === 0) return;
    const row = i + 2;
    const values = Object.fromEntries(
      participantCsvColumns.map((c) => [c, index[c] >= 0 ? (record[index[c]] ?? '').trim() : '']),
    ) as Record<ParticipantCsvColumn, string>;
    rows.push({ row, values, problems: problems.filter((p) => p.row === row) });
  });
  const shown = new Set(rows.map((r) => r.row));
  const fileProblems = problems.filter((p) => p.row === null || !shown.has(p.row));
  return { columns, rows, fileProblems, rowsWithProblems: rows.filter((r) => r.problems.length > 0).length };
}
