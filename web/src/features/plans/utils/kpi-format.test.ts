import { describe, expect, it } from 'vitest';
import { kpiFrequency, kpiNoData, kpiOffTrack } from '@/testing/plan-fixtures';
import { kpiValueText, unitWord } from './kpi-format';

const context = { memberCount: 33, subRegionFiltered: false, current: true };

describe('KPI value in words', () => {
  it('writes each kind of KPI against its target', () => {
    expect(kpiValueText(kpiOffTrack, context)).toBe('10 of 35 Members');
    expect(kpiValueText({ ...kpiOffTrack, denominator: null }, context)).toBe('10 of 33 Members');
    expect(kpiValueText({ ...kpiFrequency, value: 0, unit: 'count' }, context)).toBe('0 this FY2024/25 of at least 2');
    expect(kpiValueText({ ...kpiNoData, value: 12.5 }, context)).toBe('12.5% of at least 25%');
    expect(kpiValueText({ ...kpiNoData, value: 3.75, unit: 'score', target: 4 }, context)).toBe('3.75 of at least 4');
    expect(kpiValueText({ ...kpiFrequency, period: 'by-deadline', unit: 'stories', value: 1, comparator: 'at-most' }, context)).toBe(
      '1 story of at most 2',
    );
    expect(kpiValueText(kpiNoData, context)).toBe('No data');
  });

  it('makes units singular for one', () => {
    expect(unitWord('activities', 1)).toBe('activity');
    expect(unitWord('reports', 1)).toBe('report');
    expect(unitWord('reports', 2)).toBe('reports');
    expect(unitWord('members', 1)).toBe('Member');
    expect(unitWord('count', 5)).toBe('');
  });
});
