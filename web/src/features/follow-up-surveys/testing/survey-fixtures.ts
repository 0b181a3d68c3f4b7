import type { CurrentUser } from '@/lib/api/types';
import { adminUser, focalPointUser, viewerUser } from '@/testing/fixtures';
import type {
  AnswerCounts,
  DueSurveyWork,
  SurveyAnalysis,
  SurveyFigures,
  SurveyReply,
  SurveyReplyPage,
  SurveyRound,
  SurveyRoundPage,
  SurveyWorkshop,
} from '../api/types';

// Users as GET /api/auth/me describes them, with the follow-up survey permissions of their roles.
export const surveyStaff: CurrentUser = {
  ...adminUser,
  displayName: 'Sam Staff',
  role: 'Staff',
  permissions: [...adminUser.permissions, 'surveys:read', 'surveys:reply', 'surveys:manage'],
};
export const surveyFocalPoint: CurrentUser = { ...focalPointUser, permissions: [...focalPointUser.permissions, 'surveys:read', 'surveys:reply'] };
export const surveyViewer: CurrentUser = { ...viewerUser, permissions: [...viewerUser.permissions, 'surveys:read'] };

export function counts(yes: number, no: number, unknown: number): AnswerCounts {
  const total = yes + no + unknown;
  const pct = (n: number, of: number) => (of === 0 ? null : Math.round((1000 * n) / of) / 10);
  return { yes, no, unknown, yesPercentOfReplies: pct(yes, total), yesPercentOfKnown: pct(yes, yes + no) };
}

export function figures(workshops: number, participating: number, replies: number, rate: number | null): SurveyFigures {
  return {
    workshops,
    participatingAdministrations: participating,
    replies,
    replyRatePercent: rate,
    actions: {
      sharedMaterials: counts(Math.round(replies * 0.75), replies - Math.round(replies * 0.75), 0),
      submittedReports: counts(Math.round(replies * 0.8), replies - Math.round(replies * 0.8), 0),
      madeRecommendations: counts(Math.round(replies / 2), replies - Math.round(replies / 2), 0),
      heldInHouseWorkshop: counts(1, replies - 1, 0),
      developedManuals: counts(0, 0, replies),
      otherActions: counts(0, 1, replies - 1),
    },
    directEffects: counts(Math.round(replies / 2), 1, replies - Math.round(replies / 2) - 1),
    efficiencyImproved: counts(replies, 0, 0),
    newProject: counts(1, replies - 1, 0),
    directEffectsByAction: {
      realisedDirectEffects: 62,
      sharedMaterials: 84,
      sharedMaterialsAndRealised: 49,
      sharedMaterialsRealisedPercent: 58.3,
      heldInHouseWorkshop: 29,
      heldInHouseWorkshopAndRealised: 15,
      heldInHouseWorkshopRealisedPercent: 51.7,
      realisedWithSharedOrInHouse: 53,
      realisedWithSharedOrInHousePercent: 85.5,
    },
    newProjectsByAction: {
      startedNewProjects: 61,
      submittedReports: 91,
      submittedReportsAndNewProject: 51,
      submittedReportsNewProjectPercent: 56,
      madeRecommendations: 61,
      madeRecommendationsAndNewProject: 38,
      madeRecommendationsNewProjectPercent: 62.3,
      newProjectWithReportsOrRecommendations: 57,
      newProjectWithReportsOrRecommendationsPercent: 93.4,
    },
  };
}

function workshop(id: number, number: number, title: string, scope: 'regional' | 'sub-regional', extra: Partial<SurveyWorkshop> = {}): SurveyWorkshop {
  return {
    id,
    roundId: 1,
    number,
    activityId: 110 + id,
    activityTitle: title,
    activityType: scope === 'regional' ? 'regional-workshop' : 'sub-regional-workshop',
    startsOn: '2018-07-01',
    endsOn: '2018-07-31',
    datePrecision: 'month',
    scope,
    sendOn: '2019-01-31',
    dueOn: '2019-02-21',
    sentOn: '2019-01-31',
    remindedOn: null,
    feedbackSentOn: '2020-04-01',
    participatingAdministrationsStated: 9,
    participatingAdministrations: 9,
    replies: 8,
    state: 'closed',
    ...extra,
  };
}

export const asean = workshop(1, 1, 'WCO Sub-Regional Workshop for ASEAN Members on Counterfeiting', 'sub-regional');
export const ecommerce = workshop(2, 2, 'WCO Regional Seminar on Cross-Border E-Commerce', 'regional', {
  sentOn: '2026-11-10',
  dueOn: '2026-12-01',
  feedbackSentOn: null,
  participatingAdministrationsStated: null,
  participatingAdministrations: 26,
  replies: 12,
  state: 'reminder-due',
});

export const round: SurveyRound = {
  id: 1,
  code: 'FUS-2019',
  title: 'Survey on the Follow-up Actions (FY2018/19 workshops)',
  fiscalYear: 2018,
  fiscalYearLabel: 'FY2018/19',
  replyWindowDays: 21,
  publication: 'ROCB A/P Customs Good Practice Report No.21',
  source: null,
  note: null,
  workshops: [ecommerce, asean],
  version: '17826',
};

export const roundPage: SurveyRoundPage = {
  items: [
    {
      id: 1,
      code: 'FUS-2019',
      title: round.title,
      fiscalYear: 2018,
      fiscalYearLabel: 'FY2018/19',
      publication: round.publication,
      workshops: 11,
      participatingAdministrations: 207,
      replies: 111,
      replyRatePercent: 53.6,
    },
  ],
  page: 1,
  pageSize: 50,
  totalCount: 1,
};

export const dueWork: DueSurveyWork[] = [
  {
    task: 'remind',
    state: 'reminder-due',
    roundId: 1,
    roundCode: 'FUS-2019',
    workshopId: 2,
    number: 2,
    activityId: 112,
    activityTitle: ecommerce.activityTitle,
    sendOn: '2026-11-10',
    dueOn: '2026-12-01',
    sentOn: '2026-11-10',
    remindedOn: null,
    replies: 12,
    participatingAdministrations: 26,
    dueSince: '2026-11-24',
  },
];

export const analysis: SurveyAnalysis = {
  roundId: 1,
  code: 'FUS-2019',
  title: round.title,
  fiscalYear: 2018,
  fiscalYearLabel: 'FY2018/19',
  publication: round.publication,
  overall: figures(11, 207, 111, 53.6),
  regional: figures(8, 188, 97, 51.6),
  subRegional: figures(3, 19, 14, 73.7),
  workshops: [
    { workshopId: 2, number: 2, activityId: 112, title: ecommerce.activityTitle, scope: 'regional', participationStated: true, figures: figures(1, 26, 12, 46.2) },
    { workshopId: 1, number: 1, activityId: 111, title: asean.activityTitle, scope: 'sub-regional', participationStated: true, figures: figures(1, 9, 8, 88.9) },
  ],
  positiveReplies: 62,
  knownDirectEffects: 88,
  positivePercentOfKnown: 70.5,
  successStoryCount: 1,
  successStories: [
    {
      replyId: 8,
      workshopId: 1,
      workshopNumber: 1,
      workshopTitle: asean.activityTitle,
      memberId: 15,
      memberCode: 'LA',
      memberName: 'Lao PDR',
      respondentLabel: null,
      text: 'Developed the Lao Customs IPR Database System',
    },
  ],
};

export function reply(extra: Partial<SurveyReply> = {}): SurveyReply {
  return {
    id: 500,
    roundId: 1,
    workshopId: 1,
    workshopNumber: 1,
    workshopTitle: asean.activityTitle,
    memberId: 4,
    memberCode: 'TH',
    memberName: 'Thailand',
    respondentLabel: null,
    sharedMaterials: true,
    submittedReports: true,
    madeRecommendations: false,
    heldInHouseWorkshop: null,
    developedManuals: null,
    otherActions: null,
    otherActionsText: null,
    directEffects: true,
    directEffectsExample: null,
    efficiencyImproved: null,
    newProject: false,
    successStory: null,
    receivedOn: null,
    source: null,
    version: '900',
    ...extra,
  };
}

export function replyPage(items: SurveyReply[]): SurveyReplyPage {
  return { items, page: 1, pageSize: 25, totalCount: items.length };
}
