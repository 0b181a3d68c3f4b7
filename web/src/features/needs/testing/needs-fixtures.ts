import type { CurrentUser } from '@/lib/api/types';
import { focalPointUser, staffUser } from '@/testing/fixtures';
import type { NeedsAnalysis, NeedsAnswer, NeedsCycle, NeedsCyclePage, NeedsResponse, NeedsTracker, WorkPlanDraft } from '../api/types';

export const needsStaff: CurrentUser = { ...staffUser, permissions: [...staffUser.permissions, 'needs:read', 'needs:respond', 'needs:manage', 'needs:analyse', 'needs:plan'] };
export const needsFocalPoint: CurrentUser = { ...focalPointUser, permissions: [...focalPointUser.permissions, 'needs:read', 'needs:respond'] };

const open = { acceptingAnswers: true, message: 'Open until 31 Jan 2027.' };

export const thailandMember = { id: 4, code: 'TH', name: 'Thailand', subRegionId: 3, subRegionName: 'Southeast Asia' };
export const fijiMember = { id: 3, code: 'FJ', name: 'Fiji', subRegionId: 2, subRegionName: 'Pacific Islands' };

export const cycle: NeedsCycle = {
  id: 7,
  name: 'Needs survey 2027',
  fiscalYear: 2027,
  fiscalYearLabel: 'FY2027/28',
  opensOn: '2027-01-04',
  closesOn: '2027-01-31',
  status: 'open',
  coordinators: ['Japan Customs (regional coordinator)', 'ROCB A/P'],
  copiedFromCycleId: null,
  isExample: false,
  createdAt: '2026-12-20T03:00:00Z',
  window: open,
  questions: [
    { id: 101, position: 1, kind: 'topic', topic: { id: 14, code: 'risk-management', name: 'Risk Management' }, text: 'Risk Management' },
    { id: 102, position: 2, kind: 'topic', topic: { id: 20, code: 'valuation', name: 'Valuation' }, text: 'Valuation' },
    { id: 103, position: 3, kind: 'custom', topic: null, text: 'Which donors support you already?' },
  ],
  members: [thailandMember, fijiMember],
  responseCount: 1,
  submittedCount: 0,
  ownResponse: null,
  version: '55',
};

export const emptyResponse: NeedsResponse = {
  id: null,
  cycleId: 7,
  member: thailandMember,
  status: 'not-started',
  enteredByStaff: false,
  priorityTopicIds: [],
  answers: [],
  answered: 0,
  questionCount: 3,
  createdAt: null,
  updatedAt: null,
  submittedAt: null,
  revision: 0,
  window: open,
};

export const cyclePage: NeedsCyclePage = {
  items: [
    {
      id: 7,
      name: 'Needs survey 2027',
      fiscalYear: 2027,
      fiscalYearLabel: 'FY2027/28',
      opensOn: '2027-01-04',
      closesOn: '2027-01-31',
      status: 'open',
      isExample: false,
      window: open,
      memberCount: 2,
      questionCount: 3,
      draftCount: 1,
      submittedCount: 0,
      ownResponse: 'draft',
    },
    {
      id: 1,
      name: 'Needs survey 2026 (example)',
      fiscalYear: 2026,
      fiscalYearLabel: 'FY2026/27',
      opensOn: '2026-01-05',
      closesOn: '2026-01-30',
      status: 'closed',
      isExample: true,
      window: { acceptingAnswers: false, message: 'Closed on 30 Jan 2026.' },
      memberCount: 33,
      questionCount: 12,
      draftCount: 2,
      submittedCount: 28,
      ownResponse: 'submitted',
    },
  ],
  page: 1,
  pageSize: 50,
  total: 2,
};

export const tracker: NeedsTracker = {
  cycleId: 7,
  name: 'Needs survey 2027',
  status: 'open',
  window: open,
  totals: { asked: 2, notStarted: 1, draft: 1, submitted: 0, submittedPercent: 0 },
  rows: [
    {
      member: fijiMember,
      status: 'not-started',
      enteredByStaff: false,
      lastSavedAt: null,
      submittedAt: null,
      answered: 0,
      questionCount: 3,
      reminders: { count: 0, lastAt: null },
    },
    {
      member: thailandMember,
      status: 'draft',
      enteredByStaff: false,
      lastSavedAt: '2027-01-10T04:00:00Z',
      submittedAt: null,
      answered: 1,
      questionCount: 3,
      reminders: { count: 1, lastAt: '2027-01-09T04:00:00Z' },
    },
  ],
};

const evidence = (memberId: number, memberCode: string, needLevel: number) => ({
  cycleId: 7,
  responseId: memberId * 10,
  revision: 2,
  memberId,
  memberCode,
  topicId: 14,
  topicCode: 'risk-management',
  needLevel,
  preferredDelivery: 'sub-regional-workshop',
  preferredQuarter: 2,
});

export const analysis: NeedsAnalysis = {
  cycle: { id: 7, name: 'Needs survey 2027', fiscalYear: 2027, fiscalYearLabel: 'FY2027/28' },
  previousCycle: { id: 1, name: 'Needs survey 2026 (example)', fiscalYear: 2026, fiscalYearLabel: 'FY2026/27' },
  subRegionId: null,
  respondents: { asked: 2, submitted: 2 },
  settings: { subRegionalWorkshopThreshold: 3, highNeedLevel: 2, supplyShortageRatio: 3, expertsPerWorkshop: 2, expertsPerNationalActivity: 1, version: '1' },
  basis: 'Submitted responses only.',
  demand: [
    { topicId: 14, topicCode: 'risk-management', topicName: 'Risk Management', subRegionId: 3, subRegionCode: 'SEA', subRegionName: 'Southeast Asia', members: 1, weightedNeed: 3, highNeedMembers: 1 },
    { topicId: 14, topicCode: 'risk-management', topicName: 'Risk Management', subRegionId: 2, subRegionCode: 'PI', subRegionName: 'Pacific Islands', members: 1, weightedNeed: 2, highNeedMembers: 1 },
    { topicId: 20, topicCode: 'valuation', topicName: 'Valuation', subRegionId: 2, subRegionCode: 'PI', subRegionName: 'Pacific Islands', members: 1, weightedNeed: 1, highNeedMembers: 0 },
  ],
  topics: [
    { topicId: 14, topicCode: 'risk-management', topicName: 'Risk Management', members: 2, weightedNeed: 5, highNeedMembers: 2, previousMembers: 1, previousWeightedNeed: 2, membersChange: 1, weightedNeedChange: 3 },
    { topicId: 20, topicCode: 'valuation', topicName: 'Valuation', members: 1, weightedNeed: 1, highNeedMembers: 0, previousMembers: 2, previousWeightedNeed: 4, membersChange: -1, weightedNeedChange: -3 },
  ],
  members: [
    {
      memberId: 4,
      memberCode: 'TH',
      memberName: 'Thailand',
      subRegionId: 3,
      responseId: 40,
      revision: 2,
      priorities: [{ topicId: 14, topicCode: 'risk-management', topicName: 'Risk Management', needLevel: 3 }],
      topNeeds: [{ topicId: 14, topicCode: 'risk-management', topicName: 'Risk Management', needLevel: 3 }],
    },
  ],
  highImpact: [
    {
      memberId: 4,
      memberCode: 'TH',
      memberName: 'Thailand',
      topicId: 14,
      topicCode: 'risk-management',
      topicName: 'Risk Management',
      needLevel: 3,
      responseId: 40,
      milestoneId: 9,
      milestoneCode: 'rm-1',
      milestoneReference: '2.b.1',
      planCode: 'SAP-2024-2026',
      milestoneStatus: 'in-progress',
      kpis: [{ kpiId: 31, code: '2.b', name: 'Members applying risk management', actionId: 12, actionCode: 'b', pillarNumber: 2 }],
    },
  ],
  supplyAsOf: '2027-07-01',
  supply: [
    { topicId: 14, topicCode: 'risk-management', topicName: 'Risk Management', accreditedExperts: 0, byLanguage: [], bySubRegion: [] },
    {
      topicId: 20,
      topicCode: 'valuation',
      topicName: 'Valuation',
      accreditedExperts: 3,
      byLanguage: [
        { language: 'English', experts: 3 },
        { language: 'French', experts: 1 },
      ],
      bySubRegion: [
        { subRegionId: 3, subRegionCode: 'SEA', experts: 2 },
        { subRegionId: null, subRegionCode: null, experts: 1 },
      ],
    },
  ],
  gaps: [
    { topicId: 14, topicCode: 'risk-management', topicName: 'Risk Management', demandMembers: 2, accreditedExperts: 0, membersPerExpert: null, short: true, expertsToAccredit: 1 },
    { topicId: 20, topicCode: 'valuation', topicName: 'Valuation', demandMembers: 0, accreditedExperts: 3, membersPerExpert: 0, short: false, expertsToAccredit: 0 },
  ],
  proposals: [
    {
      kind: 'accreditation',
      activityType: 'accreditation-workshop',
      title: 'Accredit an expert in Risk Management',
      topicId: 14,
      topicCode: 'risk-management',
      subRegionId: null,
      memberIds: [4, 3],
      quarter: null,
      expertsNeeded: 0,
      reason: 'Two Members need Risk Management and no expert is accredited.',
      evidence: [evidence(4, 'TH', 3), evidence(3, 'FJ', 2)],
    },
  ],
};

export const workPlan: WorkPlanDraft = {
  id: 3,
  cycleId: 7,
  cycleName: 'Needs survey 2027',
  fiscalYear: 2027,
  fiscalYearLabel: 'FY2027/28',
  status: 'draft',
  generatedAt: '2027-02-02T03:00:00Z',
  adoptedAt: null,
  items: [
    {
      id: 30,
      position: 1,
      kind: 'national-activity',
      title: 'National workshop on Risk Management for Thailand',
      activityType: 'national-workshop',
      topicId: 14,
      topicCode: 'risk-management',
      memberIds: [4],
      subRegionId: null,
      quarter: 2,
      actionIds: [],
      expertsNeeded: 1,
      origin: 'generated',
      reason: 'Thailand needs it (level 3); too few Members of Southeast Asia for a sub-regional workshop.',
      evidence: [evidence(4, 'TH', 3)],
      notes: null,
      activityId: null,
      version: '901',
    },
  ],
};

/** A saved answer: the fields given, the rest null. */
export function answer(fields: Partial<NeedsAnswer> & { questionId: number }): NeedsAnswer {
  return {
    implementationStatus: null,
    needLevel: null,
    preferredDelivery: null,
    preferredQuarter: null,
    nationalPlanLink: null,
    remarks: null,
    customAnswer: null,
    ...fields,
  };
}
