import type { AnswerCounts, FollowUpActions, SurveyAnalysis, SurveyFigures, WorkshopScope } from '../api/types';

// The analysis DTO turned into what the charts and their tables draw. Every figure is the API's:
// nothing here computes a rate or a share that the API did not send, except the widths of the bars.

export type Answer = 'yes' | 'no' | 'unknown';
export const answers: readonly Answer[] = ['yes', 'no', 'unknown'];

export const answerLabels: Record<Answer, string> = { yes: 'Yes', no: 'No', unknown: 'Not known' };

/** A yes/no answer as recorded (null: not known). */
export function answerOf(value: boolean | null | undefined): Answer {
  return value === true ? 'yes' : value === false ? 'no' : 'unknown';
}

export function answerText(value: boolean | null | undefined): string {
  return answerLabels[answerOf(value)];
}

export interface ReplyRateRow {
  key: string;
  /** Short label for the chart's axis: "No. 3". */
  label: string;
  title: string;
  scope?: WorkshopScope;
  activityId?: number;
  participating: number;
  replies: number;
  percent: number | null;
  /** The number of participating administrations was taken from the records, not stated by the source. */
  participationCounted?: boolean;
}

export interface ScopeRate {
  key: 'overall' | 'regional' | 'sub-regional';
  label: string;
  workshops: number;
  participating: number;
  replies: number;
  percent: number | null;
}

/** The reply rates of the round as a whole, of its regional and of its sub-regional workshops. */
export function scopeRates(analysis: SurveyAnalysis): ScopeRate[] {
  const row = (key: ScopeRate['key'], label: string, f: SurveyFigures): ScopeRate => ({
    key,
    label,
    workshops: f.workshops,
    participating: f.participatingAdministrations,
    replies: f.replies,
    percent: f.replyRatePercent ?? null,
  });
  return [
    row('overall', 'All workshops', analysis.overall),
    row('regional', 'Regional workshops', analysis.regional),
    row('sub-regional', 'Sub-regional workshops', analysis.subRegional),
  ];
}

/** One bar per workshop, in the round's numbering. */
export function replyRateRows(analysis: SurveyAnalysis): ReplyRateRow[] {
  return [...analysis.workshops]
    .sort((a, b) => a.number - b.number)
    .map((w) => ({
      key: `workshop-${w.workshopId}`,
      label: `No. ${w.number}`,
      title: w.title,
      scope: w.scope,
      activityId: w.activityId,
      participating: w.figures.participatingAdministrations,
      replies: w.figures.replies,
      percent: w.figures.replyRatePercent ?? null,
      participationCounted: !w.participationStated,
    }));
}

export type ActionKey = keyof FollowUpActions;

/** The follow-up actions in the questionnaire's order, with the words the report uses. */
export const actionQuestions: readonly { key: ActionKey; label: string; question: string }[] = [
  { key: 'sharedMaterials', label: 'Shared the materials', question: 'Shared the workshop materials with colleagues' },
  { key: 'submittedReports', label: 'Submitted reports', question: 'Submitted a report to management' },
  { key: 'madeRecommendations', label: 'Made recommendations', question: 'Made recommendations to management' },
  { key: 'heldInHouseWorkshop', label: 'In-house workshop', question: 'Held an in-house workshop' },
  { key: 'developedManuals', label: 'Operational manuals', question: 'Developed operational manuals' },
  { key: 'otherActions', label: 'Other actions', question: 'Took other actions' },
];

export interface ActionRow {
  key: ActionKey;
  label: string;
  counts: AnswerCounts;
}

export function actionRows(figures: SurveyFigures): ActionRow[] {
  return actionQuestions.map(({ key, label }) => ({ key, label, counts: figures.actions[key] }));
}

export type OutcomeKey = 'directEffects' | 'efficiencyImproved' | 'newProject';

export const outcomeQuestions: readonly { key: OutcomeKey; label: string; question: string }[] = [
  { key: 'directEffects', label: 'Direct effects', question: 'Realised direct effects' },
  { key: 'efficiencyImproved', label: 'Efficiency improved', question: 'Improved efficiency' },
  { key: 'newProject', label: 'New projects', question: 'Started a new project' },
];

export interface AnswerSegment {
  answer: Answer;
  count: number;
  /** Share of all the replies in the row, 0-100 (for the width of the segment). */
  share: number;
}

/** A row of answers as segments of one bar: yes, no, not known. */
export function answerSegments(counts: Pick<AnswerCounts, Answer>): AnswerSegment[] {
  const total = counts.yes + counts.no + counts.unknown;
  return answers.map((answer) => ({ answer, count: counts[answer], share: total === 0 ? 0 : (counts[answer] / total) * 100 }));
}

export interface StackedRow {
  key: string;
  /** The workshop's number in the round; none for the row of all workshops. */
  number?: number;
  label: string;
  title: string;
  counts: AnswerCounts;
  segments: AnswerSegment[];
}

/** One question's answers per workshop, then for all workshops together. */
export function outcomeRows(analysis: SurveyAnalysis, question: OutcomeKey): StackedRow[] {
  const workshops = [...analysis.workshops]
    .sort((a, b) => a.number - b.number)
    .map((w) => ({
      key: `workshop-${w.workshopId}`,
      number: w.number,
      label: `No. ${w.number}`,
      title: w.title,
      counts: w.figures[question],
      segments: answerSegments(w.figures[question]),
    }));
  const overall = analysis.overall[question];
  return [...workshops, { key: 'overall', label: 'All', title: 'All workshops', counts: overall, segments: answerSegments(overall) }];
}

export interface CrossTabCell {
  count: number;
  of: number;
  percent: number | null;
}

export interface CrossTabRow {
  key: string;
  label: string;
  overall: CrossTabCell;
  regional: CrossTabCell;
  subRegional: CrossTabCell;
}

function crossTab<F>(analysis: SurveyAnalysis, pick: (f: SurveyFigures) => F, rows: { key: string; label: string; cell: (f: F) => CrossTabCell }[]): CrossTabRow[] {
  const scopes = { overall: pick(analysis.overall), regional: pick(analysis.regional), subRegional: pick(analysis.subRegional) };
  return rows.map(({ key, label, cell }) => ({
    key,
    label,
    overall: cell(scopes.overall),
    regional: cell(scopes.regional),
    subRegional: cell(scopes.subRegional),
  }));
}

/** Of those who took an action, how many realised direct effects; and of those with direct effects, how many had acted. */
export function directEffectsCrossTab(analysis: SurveyAnalysis): CrossTabRow[] {
  return crossTab(analysis, (f) => f.directEffectsByAction, [
    {
      key: 'shared',
      label: 'Shared the materials → realised direct effects',
      cell: (d) => ({ count: d.sharedMaterialsAndRealised, of: d.sharedMaterials, percent: d.sharedMaterialsRealisedPercent ?? null }),
    },
    {
      key: 'in-house',
      label: 'Held an in-house workshop → realised direct effects',
      cell: (d) => ({ count: d.heldInHouseWorkshopAndRealised, of: d.heldInHouseWorkshop, percent: d.heldInHouseWorkshopRealisedPercent ?? null }),
    },
    {
      key: 'realised',
      label: 'Realised direct effects ← had shared the materials or held an in-house workshop',
      cell: (d) => ({ count: d.realisedWithSharedOrInHouse, of: d.realisedDirectEffects, percent: d.realisedWithSharedOrInHousePercent ?? null }),
    },
  ]);
}

/** Of those who reported or recommended, how many started new projects; and the reverse. */
export function newProjectsCrossTab(analysis: SurveyAnalysis): CrossTabRow[] {
  return crossTab(analysis, (f) => f.newProjectsByAction, [
    {
      key: 'reports',
      label: 'Submitted reports → started new projects',
      cell: (d) => ({ count: d.submittedReportsAndNewProject, of: d.submittedReports, percent: d.submittedReportsNewProjectPercent ?? null }),
    },
    {
      key: 'recommendations',
      label: 'Made recommendations → started new projects',
      cell: (d) => ({
        count: d.madeRecommendationsAndNewProject,
        of: d.madeRecommendations,
        percent: d.madeRecommendationsNewProjectPercent ?? null,
      }),
    },
    {
      key: 'started',
      label: 'Started new projects ← had submitted reports or made recommendations',
      cell: (d) => ({
        count: d.newProjectWithReportsOrRecommendations,
        of: d.startedNewProjects,
        percent: d.newProjectWithReportsOrRecommendationsPercent ?? null,
      }),
    },
  ]);
}

/** Bar width in percent of the longest bar (a 0-100 scale for rates, the largest count otherwise). */
export function barWidth(value: number | null, max: number): number {
  if (value === null || !(max > 0)) return 0;
  return Math.max(0, Math.min(100, (value / max) * 100));
}
