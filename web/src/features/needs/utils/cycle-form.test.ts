import { describe, expect, it } from 'vitest';
import { defaultCycleValues, fiscalYearOn, toCreateCycleInput } from './cycle-form';

describe('the new cycle form', () => {
  it('plans the next fiscal year (July–June) and opens for four weeks', () => {
    expect(fiscalYearOn('2027-01-10')).toBe(2026);
    expect(fiscalYearOn('2026-07-01')).toBe(2026);
    const values = defaultCycleValues('2027-01-10', 3);
    expect(values).toMatchObject({ name: 'Needs survey 2027', fiscalYear: '2027', opensOn: '2027-01-10', closesOn: '2027-02-07', start: 'copy', copyFromCycleId: '3' });
    expect(defaultCycleValues('2027-01-10', undefined).start).toBe('new');
  });

  it('sends a copy with only the name and dates of its own (the rest comes from the cycle copied)', () => {
    const input = toCreateCycleInput({ ...defaultCycleValues('2027-01-10', 3), coordinators: ' Japan Customs \n\nROCB A/P ' });
    expect(input).toEqual({
      name: 'Needs survey 2027',
      fiscalYear: 2027,
      opensOn: '2027-01-10',
      closesOn: '2027-02-07',
      copyFromCycleId: 3,
    });
  });

  it('sends a fresh questionnaire with its topics, custom questions and Members (none = every Member)', () => {
    const values = { ...defaultCycleValues('2027-01-10', undefined), topicIds: [2, 5], customQuestions: 'Any donor support?\n', fiscalYear: 'x' };
    expect(toCreateCycleInput(values)).toMatchObject({ fiscalYear: 0, topicIds: [2, 5], customQuestions: ['Any donor support?'], memberIds: [], coordinators: ['ROCB A/P'] });
    expect(toCreateCycleInput({ ...values, allMembers: false, memberIds: [4] }).memberIds).toEqual([4]);
  });
});
