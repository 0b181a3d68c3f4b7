import { describe, expect, it } from 'vitest';
import type { ParticipantCount } from '@/lib/api/types';
import { newCountRow, notByMember, rowsFromCounts, rowsTotal, rowTotal, splitRowErrors, toCountInputs } from './participant-counts';

const count = (extra: Partial<ParticipantCount>): ParticipantCount => ({
  id: 1,
  member: { id: 29, code: 'TH', name: 'Thailand' },
  female: 3,
  male: 5,
  other: 0,
  notRecorded: 2,
  total: 10,
  observers: 1,
  headOfDelegationGender: 'female',
  fromIndividuals: false,
  note: null,
  ...extra,
});

describe('participant count rows', () => {
  it('edits only the rows entered by hand', () => {
    const rows = rowsFromCounts([count({}), count({ id: 2, member: { id: 8, code: 'FJ', name: 'Fiji' }, fromIndividuals: true }), count({ id: 3, member: null, headOfDelegationGender: null })]);
    expect(rows.map((r) => r.memberId)).toEqual(['29', notByMember]);
    expect(rows[0]).toMatchObject({ female: '3', male: '5', notRecorded: '2', observers: '1', headOfDelegationGender: 'female', total: '' });
  });

  it('adds up as typed, observers apart', () => {
    const rows = [
      { ...newCountRow('29'), female: '3', male: '5', notRecorded: '2', observers: '1' },
      { ...newCountRow(notByMember), other: '4', observers: '' },
    ];
    expect(rowTotal(rows[0]!)).toBe(10);
    expect(rowsTotal(rows)).toEqual({ participants: 14, observers: 1 });
  });

  it('sends numbers, null for "not by Member", and the optional total check only when given', () => {
    const inputs = toCountInputs([
      { ...newCountRow('29'), female: '3', male: '', total: '5', headOfDelegationGender: 'male', note: ' ' },
      { ...newCountRow(notByMember), notRecorded: '40' },
    ]);
    expect(inputs[0]).toEqual({ memberId: 29, female: 3, male: 0, other: 0, notRecorded: 0, total: 5, observers: 0, headOfDelegationGender: 'male', note: null });
    expect(inputs[1]).toMatchObject({ memberId: null, notRecorded: 40, total: null, headOfDelegationGender: null });
  });

  it('sorts the API messages onto their rows', () => {
    const { rows, general } = splitRowErrors({
      'counts[0].observers': ['Counts must not be negative.'],
      'counts[0].total': ['Female, male, other and not recorded add up to 3, not 5.'],
      'counts[1].headOfDelegationGender': ['A head of delegation belongs to one Member’s delegation.'],
      counts: ['Each Member may appear once.'],
    });
    expect(rows.get(0)).toEqual({ observers: ['Counts must not be negative.'], total: ['Female, male, other and not recorded add up to 3, not 5.'] });
    expect(Object.keys(rows.get(1)!)).toEqual(['headOfDelegationGender']);
    expect(general).toEqual(['Each Member may appear once.']);
  });
});
