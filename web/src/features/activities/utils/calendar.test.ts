import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '@/lib/api/types';
import { addDays, buildMonthGrid, calendarQueryRange, nextFocusDay, placeActivities, weekdayOrder } from './calendar';

function activity(id: number, startsOn: string | null, endsOn: string | null, datePrecision: ActivitySummary['datePrecision'] = 'day'): ActivitySummary {
  return {
    id,
    reference: null,
    title: `Activity ${id}`,
    type: 'seminar',
    status: 'delivered',
    startsOn,
    endsOn,
    datePrecision,
    venue: null,
    hostMember: null,
    mode: 'in-person',
    rocbRole: 'organised',
    topicCodes: [],
    participantTotal: 0,
  };
}

describe('buildMonthGrid', () => {
  it('lays a month out in whole weeks from Monday, marking the days of other months and today', () => {
    // July 2019 begins on a Monday and ends on a Wednesday.
    const grid = buildMonthGrid('2019-07', '2019-07-09');
    expect(grid.first).toBe('2019-07-01');
    expect(grid.last).toBe('2019-08-04');
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true);
    expect(grid.weeks[0]![0]).toMatchObject({ date: '2019-07-01', day: 1, weekday: 1, inMonth: true });
    expect(grid.weeks[4]![6]).toMatchObject({ date: '2019-08-04', inMonth: false });
    expect(grid.weeks.flat().filter((d) => d.isToday).map((d) => d.date)).toEqual(['2019-07-09']);
  });

  it('starts with the days of the month before when the 1st is not a Monday', () => {
    // September 2019 begins on a Sunday: six days of August come first.
    const grid = buildMonthGrid('2019-09', '2026-01-01');
    expect(grid.first).toBe('2019-08-26');
    expect(grid.weeks[0]!.filter((d) => !d.inMonth)).toHaveLength(6);
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('can start weeks on Sunday', () => {
    expect(buildMonthGrid('2019-09', '2026-01-01', 0).first).toBe('2019-09-01');
    expect(weekdayOrder(0)[0]).toBe('Sunday');
    expect(weekdayOrder()[6]).toBe('Sunday');
  });
});

describe('placeActivities', () => {
  it('puts exact activities on each of their days within the month, and the others under the month', () => {
    const placed = placeActivities('2019-12', [
      activity(1, '2019-12-03', '2019-12-05'),
      activity(2, '2019-11-29', '2019-12-02'),
      activity(3, '2019-12-01', '2019-12-31', 'month'),
      activity(4, '2019-10-01', null, 'quarter'),
      activity(5, '2019-09-01', null, 'quarter'),
      activity(6, null, null, 'quarter'),
      activity(7, '2019-12-31', null),
    ]);
    expect([...placed.byDay.keys()].sort()).toEqual(['2019-12-01', '2019-12-02', '2019-12-03', '2019-12-04', '2019-12-05', '2019-12-31']);
    expect(placed.byDay.get('2019-12-04')!.map((a) => a.id)).toEqual([1]);
    expect(placed.byDay.get('2019-12-01')!.map((a) => a.id)).toEqual([2]);
    expect(placed.toBeFixed.map((a) => a.id)).toEqual([4, 3]);
  });

  it('asks the API for activities that started up to a quarter before the month', () => {
    expect(calendarQueryRange('2019-12')).toEqual({ from: addDays('2019-12-01', -92), to: '2019-12-31' });
  });
});

describe('nextFocusDay (keyboard)', () => {
  it('moves by day, week, to the week ends and by month', () => {
    expect(nextFocusDay('2019-07-31', 'ArrowRight')).toBe('2019-08-01');
    expect(nextFocusDay('2019-07-01', 'ArrowLeft')).toBe('2019-06-30');
    expect(nextFocusDay('2019-07-10', 'ArrowUp')).toBe('2019-07-03');
    expect(nextFocusDay('2019-07-10', 'ArrowDown')).toBe('2019-07-17');
    // 10 July 2019 is a Wednesday.
    expect(nextFocusDay('2019-07-10', 'Home')).toBe('2019-07-08');
    expect(nextFocusDay('2019-07-10', 'End')).toBe('2019-07-14');
    expect(nextFocusDay('2020-01-31', 'PageDown')).toBe('2020-02-29');
    expect(nextFocusDay('2020-03-31', 'PageUp')).toBe('2020-02-29');
  });
});
