import { describe, expect, it } from 'vitest';
import { analysis, counts } from '../testing/survey-fixtures';
import {
  actionRows,
  answerOf,
  answerSegments,
  answerText,
  barWidth,
  directEffectsCrossTab,
  newProjectsCrossTab,
  outcomeRows,
  replyRateRows,
  scopeRates,
} from './analysis-series';

describe('Turning the survey analysis into chart series', () => {
  it('gives one reply-rate bar per workshop, in the round’s numbering, with the API’s rates', () => {
    const rows = replyRateRows(analysis);
    expect(rows.map((r) => [r.label, r.scope, r.participating, r.replies, r.percent])).toEqual([
      ['No. 1', 'sub-regional', 9, 8, 88.9],
      ['No. 2', 'regional', 26, 12, 46.2],
    ]);
    expect(rows[0]).toMatchObject({ activityId: 111, participationCounted: false });
  });

  it('gives the overall, regional and sub-regional reply rates', () => {
    expect(scopeRates(analysis).map((s) => [s.key, s.workshops, s.replies, s.participating, s.percent])).toEqual([
      ['overall', 11, 111, 207, 53.6],
      ['regional', 8, 97, 188, 51.6],
      ['sub-regional', 3, 14, 19, 73.7],
    ]);
  });

  it('lists the follow-up actions in the questionnaire’s order', () => {
    expect(actionRows(analysis.overall).map((r) => r.label)).toEqual([
      'Shared the materials',
      'Submitted reports',
      'Made recommendations',
      'In-house workshop',
      'Operational manuals',
      'Other actions',
    ]);
    expect(actionRows(analysis.overall)[0]?.counts.yes).toBe(83);
  });

  it('splits answers into yes / no / not known segments by their share of the replies', () => {
    expect(answerSegments(counts(62, 26, 23)).map((s) => [s.answer, s.count, Math.round(s.share * 10) / 10])).toEqual([
      ['yes', 62, 55.9],
      ['no', 26, 23.4],
      ['unknown', 23, 20.7],
    ]);
    expect(answerSegments(counts(0, 0, 0)).every((s) => s.share === 0)).toBe(true);
  });

  it('gives a question’s answers per workshop, then for all workshops', () => {
    const rows = outcomeRows(analysis, 'efficiencyImproved');
    expect(rows.map((r) => [r.label, r.number, r.counts.yes])).toEqual([
      ['No. 1', 1, 8],
      ['No. 2', 2, 12],
      ['All', undefined, 111],
    ]);
  });

  it('reads the two cross-tabulations for every scope', () => {
    const effects = directEffectsCrossTab(analysis);
    expect(effects.map((r) => r.key)).toEqual(['shared', 'in-house', 'realised']);
    expect(effects[0]?.overall).toEqual({ count: 49, of: 84, percent: 58.3 });
    expect(effects[2]?.regional).toEqual({ count: 53, of: 62, percent: 85.5 });
    const projects = newProjectsCrossTab(analysis);
    expect(projects.map((r) => r.overall)).toEqual([
      { count: 51, of: 91, percent: 56 },
      { count: 38, of: 61, percent: 62.3 },
      { count: 57, of: 61, percent: 93.4 },
    ]);
  });

  it('scales bars and clamps them', () => {
    expect(barWidth(53.6, 100)).toBe(53.6);
    expect(barWidth(120, 100)).toBe(100);
    expect(barWidth(null, 100)).toBe(0);
    expect(barWidth(5, 0)).toBe(0);
  });

  it('writes recorded answers in words', () => {
    expect([answerOf(true), answerOf(false), answerOf(null), answerOf(undefined)]).toEqual(['yes', 'no', 'unknown', 'unknown']);
    expect(answerText(null)).toBe('Not known');
  });
});
