import { describe, expect, it } from 'vitest';
import { parseCsv, previewParticipantsCsv } from './participants-csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('keeps blank lines as empty records and drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFa\n\nb')).toEqual([['a'], [], ['b']]);
    expect(parseCsv('a,\n')).toEqual([['a', '']]);
  });
});

describe('previewParticipantsCsv', () => {
  const csv = [
    'Name,member,gender,role,position',
    'Ann,TH,female,participant,',
    '',
    'Bob,XX,male,participant,Officer',
    '"Carl',
    'Jr",TH,mail,participant,',
  ].join('\n');

  it('numbers rows as the API does (the header is row 1, blank lines count) and puts each problem on its row', () => {
    const preview = previewParticipantsCsv(csv, {
      problems: [
        { path: 'member', row: 4, message: "Unknown Member code 'XX'." },
        { path: 'gender', row: 5, message: 'gender must be one of: female, male, other, not-recorded.' },
      ],
    });
    expect(preview.columns).toEqual(['name', 'member', 'gender', 'role', 'position']);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(preview.rows[1]).toMatchObject({ values: { name: 'Bob', member: 'XX', position: 'Officer' } });
    expect(preview.rows[1]!.problems.map((p) => p.message)).toEqual(["Unknown Member code 'XX'."]);
    expect(preview.rows[2]!.values.name).toBe('Carl\nJr');
    expect(preview.rows[2]!.problems[0]!.path).toBe('gender');
    expect(preview.rows[0]!.problems).toEqual([]);
    expect(preview.rowsWithProblems).toBe(2);
    expect(preview.fileProblems).toEqual([]);
  });

  it('keeps problems with the file as a whole apart', () => {
    const preview = previewParticipantsCsv('name,member\nAnn,TH\n', {
      problems: [{ path: 'header', row: 1, message: 'Missing column(s): gender, role.' }],
    });
    expect(preview.columns).toEqual(['name', 'member']);
    expect(preview.fileProblems.map((p) => p.path)).toEqual(['header']);
    expect(preview.rows[0]!.values.gender).toBe('');
  });

  it('previews a file before any dry run', () => {
    expect(previewParticipantsCsv('name,member,gender,role\nAnn,TH,female,participant').rows).toHaveLength(1);
  });
});
