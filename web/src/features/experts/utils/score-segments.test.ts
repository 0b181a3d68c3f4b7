import { describe, expect, it } from 'vitest';
import type { ScorePart } from '../api/types';
import { partLabel, scoreSegments } from './score-segments';

const part = (name: string, points: number, weight = 10): ScorePart => ({ name, weight, value: points / weight, points, explanation: `${name} why` });

describe('scoreSegments', () => {
  it('lays the parts with points end to end on the scale of the maximum score', () => {
    const segments = scoreSegments([part('topic-fit', 30, 40), part('accreditation', 20, 20), part('language', 0), part('availability', 10)], 100);
    expect(segments.map((s) => [s.name, s.offsetPercent, s.widthPercent])).toEqual([
      ['topic-fit', 0, 30],
      ['accreditation', 30, 20],
      ['availability', 50, 10],
    ]);
    expect(segments[0]?.explanation).toBe('topic-fit why');
  });

  it('gives each part the same colour whatever its position', () => {
    const a = scoreSegments([part('availability', 10), part('topic-fit', 10)], 20);
    expect(a.map((s) => s.colorIndex)).toEqual([3, 0]);
  });

  it('ignores negative points and never runs past the full bar', () => {
    const segments = scoreSegments([part('region', -5), part('workload', 80), part('appraisal', 50)], 100);
    expect(segments.map((s) => s.widthPercent)).toEqual([80, 20]);
    expect(segments.at(-1)?.offsetPercent).toBe(80);
  });

  it('uses the sum of the points when there is no maximum, and nothing for an empty score', () => {
    expect(scoreSegments([part('topic-fit', 5), part('language', 5)], 0).map((s) => s.widthPercent)).toEqual([50, 50]);
    expect(scoreSegments([part('topic-fit', 0)], 0)).toEqual([]);
  });

  it('names parts in words', () => {
    expect(partLabel('topic-fit')).toBe('Topic fit');
    expect(partLabel('workloadCap')).toBe('Workload cap');
  });
});
