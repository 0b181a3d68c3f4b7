import { describe, expect, it } from 'vitest';
import { changeText, evidenceEntries, gapRowsOf, heatMapOf } from './analysis';

const cell = (topicId: number, topicName: string, subRegionId: number, subRegionName: string, members: number, weightedNeed: number) => ({
  topicId,
  topicCode: `t${topicId}`,
  topicName,
  subRegionId,
  subRegionCode: `s${subRegionId}`,
  subRegionName,
  members,
  weightedNeed,
  highNeedMembers: 0,
});

describe('the analysis page data', () => {
  it('orders the heat map by total weighted demand and keeps sub-regions without demand as columns', () => {
    const map = heatMapOf({
      demand: [cell(1, 'Valuation', 10, 'Southeast Asia', 1, 2), cell(2, 'Risk Management', 10, 'Southeast Asia', 2, 5), cell(2, 'Risk Management', 20, 'Pacific Islands', 1, 1), cell(3, 'AEO', 30, 'East Asia', 0, 0)],
    });
    expect(map.rows.map((r) => r.label)).toEqual(['Risk Management', 'Valuation']);
    expect(map.columns.map((c) => c.label)).toEqual(['East Asia', 'Pacific Islands', 'Southeast Asia']);
    expect(map.columns.map((c) => c.short)).toEqual(['s30', 's20', 's10']);
    expect(map.cell(2, 10)).toEqual({ weighted: 5, members: 2 });
    expect(map.cell(1, 20)).toBeUndefined();
  });

  it('puts short topics first in the gap chart and leaves out topics nobody asks for', () => {
    const gap = (topicId: number, topicName: string, demandMembers: number, accreditedExperts: number, short: boolean) => ({
      topicId,
      topicCode: '',
      topicName,
      demandMembers,
      accreditedExperts,
      membersPerExpert: null,
      short,
      expertsToAccredit: 0,
    });
    expect(gapRowsOf({ gaps: [gap(1, 'A', 5, 4, false), gap(2, 'B', 2, 0, true), gap(3, 'C', 0, 3, false), gap(4, 'D', 6, 1, false)] }).map((r) => r.label)).toEqual([
      'B',
      'D',
      'A',
    ]);
  });

  it('writes a change with its sign and names the evidence', () => {
    expect([changeText(2), changeText(-1), changeText(0), changeText(null)]).toEqual(['+2', '−1', '0', '']);
    const entries = evidenceEntries(
      [{ cycleId: 7, responseId: 1, revision: 2, memberId: 4, memberCode: 'TH', topicId: 14, topicCode: 'rm', needLevel: 3, preferredDelivery: null, preferredQuarter: null }],
      (id) => (id === 4 ? 'Thailand' : undefined),
      () => undefined,
    );
    expect(entries[0]).toMatchObject({ memberLabel: 'Thailand', topicLabel: 'rm', responseLink: '/needs/7/responses/4', revision: 2 });
  });
});
