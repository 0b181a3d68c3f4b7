import { describe, expect, it } from 'vitest';
import { safeFileName, toCsv } from './csv';

describe('CSV', () => {
  it('quotes what would break a row, writes empty cells for nothing, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b, c', 'say "hi"', null, 2, 'two\nlines']])).toBe('a,"b, c","say ""hi""",,2,"two\nlines"\r\n');
  });

  it('keeps a spreadsheet from reading text as a formula', () => {
    expect(toCsv([['=SUM(A1)', '+1', -1]])).toBe(`"'=SUM(A1)","'+1",-1\r\n`);
  });

  it('makes safe file names', () => {
    expect(safeFileName('SAP-2024-2026 kpis/2025.csv')).toBe('SAP-2024-2026-kpis-2025.csv');
  });
});
