import type { Activity, ActivityPage, ActivitySummary, Evaluation, Participation } from '@/lib/api/types';
import type { components } from '@/lib/api/schema';

export const workshopSummary: ActivitySummary = {
  id: 80,
  reference: 'fy1920-015',
  title: '2nd Regional Workshop on ASEAN Guidelines for Wildlife Trafficking',
  type: 'regional-workshop',
  status: 'delivered',
  startsOn: '2019-07-09',
  endsOn: '2019-07-10',
  datePrecision: 'day',
  venue: 'Bangkok, Thailand',
  hostMember: { id: 4, code: 'TH', name: 'Thailand' },
  mode: 'in-person',
  rocbRole: 'presented',
  topicCodes: ['environment'],
  participantTotal: 40,
};

export const reportSummary: ActivitySummary = {
  ...workshopSummary,
  id: 66,
  reference: 'fy1920-001',
  title: 'Good Practice Report No.20',
  type: 'publication',
  startsOn: '2019-12-01',
  endsOn: '2019-12-31',
  datePrecision: 'month',
  venue: null,
  hostMember: null,
  mode: 'virtual',
  rocbRole: 'organised',
  participantTotal: 0,
};

export const activityPage: ActivityPage = { items: [workshopSummary, reportSummary], page: 1, pageSize: 50, total: 2 };

export const workshop: Activity = {
  id: 80,
  reference: 'fy1920-015',
  title: workshopSummary.title,
  type: 'regional-workshop',
  status: 'delivered',
  statusReason: null,
  startsOn: '2019-07-09',
  endsOn: '2019-07-10',
  datePrecision: 'day',
  venue: 'Bangkok, Thailand',
  hostMember: { id: 4, code: 'TH', name: 'Thailand' },
  mode: 'in-person',
  rocbRole: 'presented',
  sponsors: 'USAID',
  partners: 'ASEAN Secretariat, UNODC',
  funding: 'USAID',
  plannedInPlanCode: null,
  members: [
    { id: 4, code: 'TH', name: 'Thailand' },
    { id: 3, code: 'FJ', name: 'Fiji' },
  ],
  topics: [{ id: 38, code: 'environment', name: 'Environment (wildlife, hazardous waste, ODS)' }],
  actions: [
    { id: 47, planCode: 'SAP-2024-2026', pillar: 3, code: 'a', text: 'Hold regional workshops', planStartsOn: '2024-07-01', planEndsOn: '2026-06-30' },
  ],
  kpis: [{ id: 47, planCode: 'SAP-2024-2026', pillar: 3, actionCode: 'a', code: 'a', name: 'Regional workshops', targetText: 'At least twice per year' }],
  staff: [{ name: 'Tong Hua', role: 'programme manager; resource speaker' }],
  participation: {
    female: 3,
    male: 5,
    other: 0,
    notRecorded: 2,
    total: 10,
    observers: 1,
    members: 1,
    femaleHeadsOfDelegation: 1,
    headsOfDelegation: 1,
    femaleShare: 37.5,
  },
  evaluation: { mean: 4.5, responses: 2, individualResponses: 2, fromSummary: false },
  source: 'seeds/001:279',
  note: 'Not a WCO/ROCB event.',
  version: '14998',
};

export const participation: Participation = {
  activityId: 80,
  counts: [
    {
      id: 1,
      member: { id: 4, code: 'TH', name: 'Thailand' },
      female: 3,
      male: 5,
      other: 0,
      notRecorded: 2,
      total: 10,
      observers: 1,
      headOfDelegationGender: 'female',
      fromIndividuals: false,
      note: null,
    },
  ],
  totals: workshop.participation,
};

export const evaluation: Evaluation = {
  activityId: 80,
  totals: workshop.evaluation,
  distribution: [0, 0, 0, 1, 1],
  items: [{ item: 'Relevance', mean: 4.5, responses: 2 }],
  summary: null,
  responses: [
    { id: 1, overall: 4, items: [{ item: 'Relevance', score: 4 }], comment: 'Useful sessions' },
    { id: 2, overall: 5, items: [{ item: 'Relevance', score: 5 }], comment: null },
  ],
};

/** A few topics of GET /api/topics (ordered by package, then name, as the API sends them). */
export const topics: components['schemas']['Topic'][] = [
  { id: 12, code: 'post-clearance-audit', name: 'Post-Clearance Audit', package: 'compliance-enforcement', source: null },
  { id: 14, code: 'risk-management', name: 'Risk Management', package: 'compliance-enforcement', source: null },
  { id: 1, code: 'rkc', name: 'Revised Kyoto Convention', package: 'economic-competitiveness', source: null },
  { id: 2, code: 'tfa', name: 'WTO Trade Facilitation Agreement', package: 'economic-competitiveness', source: null },
  { id: 38, code: 'environment', name: 'Environment (wildlife, hazardous waste, ODS)', package: 'other', source: null },
  { id: 20, code: 'valuation', name: 'Valuation', package: 'revenue', source: null },
];
