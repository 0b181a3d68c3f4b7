import type { SubmitSurveyReplyInput, SurveyReply, SurveyReplyAnswersInput } from '../api/types';
import { answerOf, type Answer } from './analysis-series';

export type YesNoKey =
  | 'sharedMaterials'
  | 'submittedReports'
  | 'madeRecommendations'
  | 'heldInHouseWorkshop'
  | 'developedManuals'
  | 'otherActions'
  | 'directEffects'
  | 'efficiencyImproved'
  | 'newProject';

export const actionKeys: readonly YesNoKey[] = [
  'sharedMaterials',
  'submittedReports',
  'madeRecommendations',
  'heldInHouseWorkshop',
  'developedManuals',
  'otherActions',
];
export const outcomeKeys: readonly YesNoKey[] = ['directEffects', 'efficiencyImproved', 'newProject'];

/** The questions as the form asks them, keyed by the API's field names (for field errors too). */
export const replyFieldLabels: Record<string, string> = {
  workshopId: 'Workshop',
  memberId: 'Administration',
  sharedMaterials: 'Shared the workshop materials with colleagues',
  submittedReports: 'Submitted a report to management',
  madeRecommendations: 'Made recommendations to management',
  heldInHouseWorkshop: 'Held an in-house workshop',
  developedManuals: 'Developed operational manuals',
  otherActions: 'Took other actions',
  otherActionsText: 'Which other actions',
  directEffects: 'Realised direct effects',
  directEffectsExample: 'Example of the direct effects',
  efficiencyImproved: 'Improved efficiency',
  newProject: 'Started a new project',
  successStory: 'Success story',
  receivedOn: 'Reply received on',
};

/** What the inputs hold: a radio value for every yes/no question, text for the rest. */
export interface ReplyFormValues extends Record<YesNoKey, Answer> {
  workshopId: string;
  memberId: string;
  otherActionsText: string;
  directEffectsExample: string;
  successStory: string;
  receivedOn: string;
}

export function emptyReplyValues(memberId?: number, workshopId?: number): ReplyFormValues {
  return {
    workshopId: workshopId ? String(workshopId) : '',
    memberId: memberId ? String(memberId) : '',
    sharedMaterials: 'unknown',
    submittedReports: 'unknown',
    madeRecommendations: 'unknown',
    heldInHouseWorkshop: 'unknown',
    developedManuals: 'unknown',
    otherActions: 'unknown',
    directEffects: 'unknown',
    efficiencyImproved: 'unknown',
    newProject: 'unknown',
    otherActionsText: '',
    directEffectsExample: '',
    successStory: '',
    receivedOn: '',
  };
}

export function replyToValues(reply: SurveyReply): ReplyFormValues {
  return {
    workshopId: String(reply.workshopId),
    memberId: reply.memberId == null ? '' : String(reply.memberId),
    sharedMaterials: answerOf(reply.sharedMaterials),
    submittedReports: answerOf(reply.submittedReports),
    madeRecommendations: answerOf(reply.madeRecommendations),
    heldInHouseWorkshop: answerOf(reply.heldInHouseWorkshop),
    developedManuals: answerOf(reply.developedManuals),
    otherActions: answerOf(reply.otherActions),
    directEffects: answerOf(reply.directEffects),
    efficiencyImproved: answerOf(reply.efficiencyImproved),
    newProject: answerOf(reply.newProject),
    otherActionsText: reply.otherActionsText ?? '',
    directEffectsExample: reply.directEffectsExample ?? '',
    successStory: reply.successStory ?? '',
    receivedOn: reply.receivedOn ?? '',
  };
}

function toBoolean(answer: Answer): boolean | null {
  return answer === 'yes' ? true : answer === 'no' ? false : null;
}

function text(value: string): string | null {
  return value.trim() ? value : null;
}

/**
 * The answers as the API takes them. A text that belongs to a "yes" (which other actions, an example of the
 * direct effects) is sent only with that yes, as the API requires; everything else goes as typed.
 */
export function toAnswersInput(values: ReplyFormValues): SurveyReplyAnswersInput {
  return {
    sharedMaterials: toBoolean(values.sharedMaterials),
    submittedReports: toBoolean(values.submittedReports),
    madeRecommendations: toBoolean(values.madeRecommendations),
    heldInHouseWorkshop: toBoolean(values.heldInHouseWorkshop),
    developedManuals: toBoolean(values.developedManuals),
    otherActions: toBoolean(values.otherActions),
    otherActionsText: values.otherActions === 'yes' ? text(values.otherActionsText) : null,
    directEffects: toBoolean(values.directEffects),
    directEffectsExample: values.directEffects === 'yes' ? text(values.directEffectsExample) : null,
    efficiencyImproved: toBoolean(values.efficiencyImproved),
    newProject: toBoolean(values.newProject),
    successStory: text(values.successStory),
    receivedOn: values.receivedOn || null,
  };
}

export function toSubmitInput(values: ReplyFormValues): SubmitSurveyReplyInput {
  return {
    workshopId: values.workshopId ? Number(values.workshopId) : 0,
    memberId: values.memberId ? Number(values.memberId) : 0,
    ...toAnswersInput(values),
  };
}

/** The follow-up actions a reply says were taken, in words: "Shared the materials, Submitted reports". */
export function actionsTaken(reply: Pick<SurveyReply, YesNoKey | 'otherActionsText'>, labels: Record<string, string>): string[] {
  return actionKeys
    .filter((key) => reply[key] === true)
    .map((key) => (key === 'otherActions' && reply.otherActionsText ? `${labels[key]}: ${reply.otherActionsText}` : (labels[key] ?? key)));
}
