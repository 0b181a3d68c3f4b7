import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysInMonth,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearOptions,
  formatActivityDates,
  formatMonth,
  formatMonthLong,
  isDateToBeFixed,
  isMonth,
  monthRange,
} from './activity-dates';

describe('formatActivityDates', () => {
  it('writes month-precision dates as the month: "Dec 2019"', () => {
    expect(formatActivityDates('2019-12-01', '2019-12-31', 'month')).toBe('Dec 2019');
    expect(formatActivityDates('2019-12-01', null, 'month')).toBe('Dec 2019');
  });

  it('writes a month-precision span over several months', () => {
    expect(formatActivityDates('2020-04-01', '2020-06-30', 'month')).toBe('Apr–Jun 2020');
    expect(formatActivityDates('2019-12-01', '2020-01-31', 'month')).toBe('Dec 2019 – Jan 2020');
  });

  it('writes a quarter as its three months', () => {
    expect(formatActivityDates('2020-07-01', null, 'quarter')).toBe('Jul–Sep 2020');
    expect(formatActivityDates('2020-11-01', null, 'quarter')).toBe('Nov 2020 – Jan 2021');
  });

  it('writes exact days compactly', () => {
    expect(formatActivityDates('2019-07-09', '2019-07-09', 'day')).toBe('9 Jul 2019');
    expect(formatActivityDates('2019-07-09', null, 'day')).toBe('9 Jul 2019');
    expect(formatActivityDates('2019-07-09', '2019-07-10', 'day')).toBe('9–10 Jul 2019');
    expect(formatActivityDates('2020-04-06', '2020-06-28', 'day')).toBe('6 Apr – 28 Jun 2020');
    expect(formatActivityDates('2019-12-30', '2020-01-02', 'day')).toBe('30 Dec 2019 – 2 Jan 2020');
  });

  it('says when no date is fixed, and ignores an end before the start', () => {
    expect(formatActivityDates(null, null, 'quarter')).toBe('Date not fixed');
    expect(formatActivityDates('2019-07-09', '2019-07-01', 'day')).toBe('9 Jul 2019');
  });

  it('tells which activities have their date to be fixed', () => {
    expect(isDateToBeFixed('2019-12-01', 'month')).toBe(true);
    expect(isDateToBeFixed(null, 'day')).toBe(true);
    expect(isDateToBeFixed('2019-12-03', 'day')).toBe(false);
  });
});

describe('months', () => {
  it('formats, checks and moves months', () => {
    expect(formatMonth('2019-12')).toBe('Dec 2019');
    expect(formatMonthLong('2019-12')).toBe('December 2019');
    expect(isMonth('2019-12')).toBe(true);
    expect(isMonth('2019-13')).toBe(false);
    expect(isMonth('2019-1')).toBe(false);
    expect(addMonths('2019-12', 1)).toBe('2020-01');
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(addMonths('2019-07', -19)).toBe('2017-12');
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(monthRange('2019-09')).toEqual({ first: '2019-09-01', last: '2019-09-30' });
  });
});

describe('fiscal years (1 July to 30 June)', () => {
  it('names a fiscal year by its starting year', () => {
    expect(fiscalYearOf('2019-07-01')).toBe(2019);
    expect(fiscalYearOf('2020-06-30')).toBe(2019);
    expect(fiscalYearOf('2019-06-30')).toBe(2018);
    expect(fiscalYearLabel(2019)).toBe('FY2019/20');
    expect(fiscalYearLabel(2099)).toBe('FY2099/00');
  });

  it('offers the years from 2018 to next year, newest first', () => {
    expect(fiscalYearOptions('2020-11-27')).toEqual([2021, 2020, 2019, 2018]);
  });
});
