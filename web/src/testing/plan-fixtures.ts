import type {
  CoverageMatrix,
  KpiDetail,
  KpiProgress,
  MilestoneStatusRecord,
  PlanDetail,
  PlanProgress,
  PlanSummary,
  QueueItem,
} from '@/lib/api/types';

export const sap2024: PlanSummary = {
  id: 2,
  code: 'SAP-2024-2026',
  kind: 'sap',
  title: 'ROCB A/P Strategic Action Plan 2024-2026',
  regionCode: 'AP',
  startsOn: '2024-07-01',
  endsOn: '2026-06-30',
  parentPlanCode: null,
  pillarCount: 2,
  actionCount: 3,
  kpiCount: 4,
  milestoneCount: 2,
};

export const sap2018: PlanSummary = {
  ...sap2024,
  id: 1,
  code: 'SAP-2018-2020',
  title: 'ROCB A/P Strategic Action Plan 2018-2020',
  startsOn: '2018-07-01',
  endsOn: '2020-06-30',
};

export const awp2020: PlanSummary = {
  ...sap2024,
  id: 3,
  code: 'AWP-2020-21',
  kind: 'awp',
  title: 'ROCB A/P Annual Work Plan 2020-2021',
  startsOn: '2020-07-01',
  endsOn: '2021-06-30',
  parentPlanCode: 'SAP-2018-2020',
  pillarCount: 0,
  actionCount: 0,
  kpiCount: 0,
  milestoneCount: 0,
};

export const plans: PlanSummary[] = [sap2024, awp2020, sap2018];

const kpiBase = {
  computedFrom: 'milestone-statuses',
  comparator: 'at-least' as const,
  unit: 'members',
  denominator: 35,
  scale: null,
  period: 'by-deadline' as const,
  deadline: '2026-06-30',
  source: 'seed 000:39',
  note: null,
};

export const sap2024Detail: PlanDetail = {
  ...sap2024,
  source: 'seeds/000',
  fiscalYears: [
    {
      label: 'FY2024/25',
      start: '2024-07-01',
      end: '2025-06-30',
      quarters: [
        { label: 'FY2024/25 Q1', start: '2024-07-01', end: '2024-09-30' },
        { label: 'FY2024/25 Q2', start: '2024-10-01', end: '2024-12-31' },
      ],
    },
    { label: 'FY2025/26', start: '2025-07-01', end: '2026-06-30', quarters: [] },
  ],
  milestones: [
    { id: 43, code: '1.1.1-1', reference: '1.1.1 - 1st milestone', topicCode: 'risk-management', topicName: 'Risk Management', source: null, predecessorRefs: ['SAP-2018-2020 1.1.1-1'] },
    { id: 44, code: '1.1.1-2', reference: '1.1.1 - 2nd milestone', topicCode: 'ncen', topicName: 'nCEN', source: null, predecessorRefs: [] },
  ],
  pillars: [
    {
      id: 5,
      number: 1,
      title: 'Support the implementation of WCO instruments',
      source: null,
      actions: [
        {
          id: 45,
          code: 'a',
          text: 'Assist Members with risk management',
          rocbSpecific: false,
          milestoneCodes: ['1.1.1-1'],
          rspDeliverables: null,
          source: null,
          kpis: [
            { ...kpiBase, id: 45, code: 'a', name: 'Number of implementing Members', kind: 'member-coverage', milestoneCode: '1.1.1-1', targetText: '35/35 Members', target: 35, formula: 'Members achieved / 35' },
          ],
        },
        {
          id: 46,
          code: 'b',
          text: 'Assist Members with nCEN',
          rocbSpecific: false,
          milestoneCodes: ['1.1.1-2'],
          rspDeliverables: null,
          source: null,
          kpis: [
            { ...kpiBase, id: 46, code: 'b', name: 'Number of Members', kind: 'member-coverage', milestoneCode: '1.1.1-2', targetText: 'At least 27/35 Members', target: 27, formula: 'Members achieved / 35' },
          ],
        },
      ],
    },
    {
      id: 6,
      number: 3,
      title: 'Needs analysis and delivery',
      source: null,
      actions: [
        {
          id: 47,
          code: 'a',
          text: 'Hold regional workshops',
          rocbSpecific: true,
          milestoneCodes: [],
          rspDeliverables: null,
          source: null,
          kpis: [
            { ...kpiBase, id: 47, code: 'a', name: 'Regional workshops', kind: 'frequency', milestoneCode: null, targetText: 'At least twice per year', target: 2, unit: 'activities', denominator: null, period: 'per-fiscal-year', formula: 'Delivered activities per FY' },
            { ...kpiBase, id: 48, code: 'e1', name: 'Women participation', kind: 'proportion', milestoneCode: null, targetText: 'At least 25% of women', target: 25, unit: 'percent', denominator: null, formula: 'Women / participants' },
          ],
        },
      ],
    },
  ],
};

function progressKpi(overrides: Partial<KpiProgress>): KpiProgress {
  return {
    kpiId: 45,
    pillarNumber: 1,
    actionCode: 'a',
    code: 'a',
    name: 'Number of implementing Members',
    kind: 'member-coverage',
    formula: 'Members achieved / 35',
    targetText: '35/35 Members',
    comparator: 'at-least',
    target: 35,
    unit: 'members',
    denominator: 35,
    period: 'by-deadline',
    deadline: '2026-06-30',
    milestoneCode: '1.1.1-1',
    value: 10,
    percentOfTarget: 28.6,
    expected: 18.36,
    baseline: 10,
    status: 'off-track',
    statusReason: '10 is well below the 18.36 expected by now (target 35).',
    periodLabel: '2024-07-01 – 2026-06-30',
    missingCount: 23,
    ...overrides,
  };
}

export const kpiOffTrack = progressKpi({});
export const kpiAchieved = progressKpi({
  kpiId: 46,
  actionCode: 'b',
  code: 'b',
  name: 'Number of Members',
  milestoneCode: '1.1.1-2',
  targetText: 'At least 27/35 Members',
  target: 27,
  value: 28,
  percentOfTarget: 103.7,
  expected: 9.69,
  status: 'achieved',
  statusReason: '28 meets the target of 27.',
  missingCount: 0,
});
export const kpiFrequency = progressKpi({
  kpiId: 47,
  pillarNumber: 3,
  actionCode: 'a',
  code: 'a',
  name: 'Regional workshops',
  kind: 'frequency',
  targetText: 'At least twice per year',
  target: 2,
  unit: 'activities',
  denominator: null,
  period: 'per-fiscal-year',
  milestoneCode: null,
  value: 1,
  percentOfTarget: 50,
  expected: 1.34,
  status: 'at-risk',
  statusReason: '1 is a little below the 1.34 expected by now.',
  periodLabel: 'FY2024/25',
  missingCount: null,
});
export const kpiNoData = progressKpi({
  kpiId: 48,
  pillarNumber: 3,
  actionCode: 'e',
  code: 'e1',
  name: 'Women participation',
  kind: 'proportion',
  targetText: 'At least 25% of women',
  target: 25,
  unit: 'percent',
  denominator: null,
  milestoneCode: null,
  value: null,
  percentOfTarget: null,
  expected: null,
  baseline: null,
  status: 'no-data',
  statusReason: 'Participant and evaluation records arrive with the activity register; until then there is no data.',
  missingCount: null,
});

export function planProgress(overrides: Partial<PlanProgress> = {}): PlanProgress {
  return {
    planId: 2,
    planCode: 'SAP-2024-2026',
    title: sap2024.title,
    startsOn: '2024-07-01',
    endsOn: '2026-06-30',
    asOf: '2025-03-01',
    elapsed: 0.334,
    pillarNumber: null,
    subRegionId: null,
    memberCount: 33,
    statusCounts: [
      { status: 'achieved', count: 1 },
      { status: 'on-track', count: 0 },
      { status: 'at-risk', count: 1 },
      { status: 'off-track', count: 1 },
      { status: 'not-started', count: 0 },
      { status: 'no-data', count: 1 },
    ],
    pillars: [
      { number: 1, title: 'Support the implementation of WCO instruments', kpis: [kpiOffTrack, kpiAchieved] },
      { number: 3, title: 'Needs analysis and delivery', kpis: [kpiFrequency, kpiNoData] },
    ],
    ...overrides,
  };
}

const emptyCell = { effectiveOn: null, evidence: null, evidenceLink: null, sourceDocument: null, recordId: null, recordMilestone: null };

export const coverageMatrix: CoverageMatrix = {
  planId: 2,
  planCode: 'SAP-2024-2026',
  asOf: '2025-03-01',
  milestones: sap2024Detail.milestones.map(({ id, code, reference, topicName }) => ({ id, code, reference, topicName })),
  members: [
    {
      id: 4,
      code: 'TH',
      name: 'Thailand',
      subRegionCode: 'SEA',
      achieved: 1,
      cells: [
        { ...emptyCell, milestoneId: 43, status: 'Achieved', effectiveOn: '2020-06-30', evidence: 'RM module live', recordId: 7, recordMilestone: 'SAP-2018-2020 1.1.1-1' },
        { ...emptyCell, milestoneId: 44, status: 'InProgress', effectiveOn: '2020-06-30', evidence: 'nCEN pilot', recordId: 8, recordMilestone: 'SAP-2024-2026 1.1.1-2' },
      ],
    },
    {
      id: 1,
      code: 'AF',
      name: 'Afghanistan',
      subRegionCode: 'ECWA',
      achieved: 0,
      cells: [
        { ...emptyCell, milestoneId: 43, status: null },
        { ...emptyCell, milestoneId: 44, status: 'Planned', effectiveOn: '2020-06-30', recordId: 9 },
      ],
    },
    {
      id: 3,
      code: 'FJ',
      name: 'Fiji, "Pacific"',
      subRegionCode: 'PI',
      achieved: 2,
      cells: [
        { ...emptyCell, milestoneId: 43, status: 'Achieved', recordId: 10 },
        { ...emptyCell, milestoneId: 44, status: 'Achieved', recordId: 11 },
      ],
    },
  ],
};

export const kpiDetail: KpiDetail = {
  progress: kpiOffTrack,
  planCode: 'SAP-2024-2026',
  actionText: 'Assist Members with risk management',
  milestoneReference: '1.1.1 - 1st milestone',
  topicName: 'Risk Management',
  source: 'seeds/000:39',
  note: null,
  series: [
    { label: 'FY2024/25', periodEnd: '2025-06-30', value: 10, target: 35 },
    { label: 'FY2025/26', periodEnd: '2026-06-30', value: null, target: 35 },
  ],
  bySubRegion: [
    { subRegionId: 3, code: 'SEA', name: 'Southeast Asia', memberCount: 10, value: 2 },
    { subRegionId: 1, code: 'ECWA', name: 'East, Central and West Asia', memberCount: 9, value: 3 },
  ],
  members: [
    {
      memberId: 4,
      memberCode: 'TH',
      memberName: 'Thailand',
      subRegionCode: 'SEA',
      status: 'Achieved',
      effectiveOn: '2020-06-30',
      evidence: 'RM module live',
      evidenceLink: 'https://example.org/th',
      sourceDocument: 'seeds/004:3600',
      recordId: 7,
      recordMilestone: 'SAP-2018-2020 1.1.1-1',
      counts: true,
    },
    {
      memberId: 1,
      memberCode: 'AF',
      memberName: 'Afghanistan',
      subRegionCode: 'ECWA',
      status: null,
      effectiveOn: null,
      evidence: null,
      evidenceLink: null,
      sourceDocument: null,
      recordId: null,
      recordMilestone: null,
      counts: false,
    },
  ],
  activities: [],
};

export function statusRecord(overrides: Partial<MilestoneStatusRecord> = {}): MilestoneStatusRecord {
  return {
    id: 161,
    memberId: 4,
    memberCode: 'TH',
    memberName: 'Thailand',
    planId: 2,
    planCode: 'SAP-2024-2026',
    milestoneId: 44,
    milestoneCode: '1.1.1-2',
    milestoneReference: '1.1.1 - 2nd milestone',
    status: 'achieved',
    notApplicableReason: null,
    effectiveOn: '2026-11-01',
    evidence: 'nCEN in use nationwide',
    evidenceLink: null,
    sourceDocument: null,
    state: 'submitted',
    createdAt: '2026-11-20T08:00:00Z',
    submittedBy: '00000000-0000-7000-8000-000000000003',
    submittedAt: '2026-11-20T09:00:00Z',
    reviewedBy: null,
    reviewedAt: null,
    returnReason: null,
    version: '10',
    ...overrides,
  };
}

export function queueItem(record: MilestoneStatusRecord, daysWaiting = 3, waitingFor = 'staff'): QueueItem {
  return { record, waitingFor, since: record.submittedAt ?? record.createdAt, daysWaiting };
}
