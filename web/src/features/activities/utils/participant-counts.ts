import type { Gender, ParticipantCount, ParticipantCountInput } from '@/lib/api/types';

/** The Member choice of a count row that is not broken down by Member. */
export const notByMember = 'none';

/** One row of the counts editor, as typed. */
export interface CountRow {
  /** Stable key for React (rows are added and removed). */
  key: string;
  /** A Member id, `none` (not broken down by Member) or '' (not chosen yet). */
  memberId: string;
  female: string;
  male: string;
  other: string;
  notRecorded: string;
  /** Optional check: the total the source states. */
  total: string;
  observers: string;
  headOfDelegationGender: Gender | '';
  note: string;
}

export const countFields = ['female', 'male', 'other', 'notRecorded', 'observers'] as const;
export type CountField = (typeof countFields)[number];

let nextKey = 0;
export function newCountRow(memberId = ''): CountRow {
  nextKey += 1;
  return {
    key: `row-${nextKey}`,
    memberId,
    female: '',
    male: '',
    other: '',
    notRecorded: '',
    total: '',
    observers: '',
    headOfDelegationGender: '',
    note: '',
  };
}

/** The rows Staff entered by hand (rows rolled up from named participants are changed through those). */
export function rowsFromCounts(counts: readonly ParticipantCount[]): CountRow[] {
  return counts
    .filter((c) => !c.fromIndividuals)
    .map((c) => ({
      ...newCountRow(c.member ? String(c.member.id) : notByMember),
      female: String(c.female),
      male: String(c.male),
      other: String(c.other),
      notRecorded: String(c.notRecorded),
      observers: String(c.observers),
      headOfDelegationGender: c.headOfDelegationGender ?? '',
      note: c.note ?? '',
    }));
}

function count(text: string): number {
  const n = Number(text.trim());
  return text.trim() === '' || Number.isNaN(n) ? 0 : n;
}

/** Female + male + other + not recorded (observers are counted apart). */
export function rowTotal(row: Pick<CountRow, 'female' | 'male' | 'other' | 'notRecorded'>): number {
  return count(row.female) + count(row.male) + count(row.other) + count(row.notRecorded);
}

/** The totals of all rows, as the editor shows them while typing. */
export function rowsTotal(rows: readonly CountRow[]): { participants: number; observers: number } {
  return rows.reduce((sum, r) => ({ participants: sum.participants + rowTotal(r), observers: sum.observers + count(r.observers) }), {
    participants: 0,
    observers: 0,
  });
}

export function toCountInputs(rows: readonly CountRow[]): ParticipantCountInput[] {
  return rows.map((r) => ({
    memberId: r.memberId === notByMember || r.memberId === '' ? null : Number(r.memberId),
    female: count(r.female),
    male: count(r.male),
    other: count(r.other),
    notRecorded: count(r.notRecorded),
    total: r.total.trim() === '' ? null : count(r.total),
    observers: count(r.observers),
    headOfDelegationGender: r.headOfDelegationGender === '' ? null : r.headOfDelegationGender,
    note: r.note.trim() === '' ? null : r.note.trim(),
  }));
}

/**
 * The API's messages on one row (`counts[2].female` → `{ female: [...] }`), and those about the list as a whole
 * (`counts`). Field keys are camelCase already (fieldErrorsOf normalises them).
 */
export function splitRowErrors(errors: Record<string, string[]>): { rows: Map<number, Record<string, string[]>>; general: string[] } {
  const rows = new Map<number, Record<string, string[]>>();
  const general: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    const match = /^counts\[(\d+)\]\.?(.*)$/.exec(key);
    if (match) {
      const index = Number(match[1]);
      const field = match[2] || 'row';
      const row = rows.get(index) ?? {};
      row[field] = [...(row[field] ?? []), ...messages];
      rows.set(index, row);
    } else general.push(...messages);
  }
  return { rows, general };
}
