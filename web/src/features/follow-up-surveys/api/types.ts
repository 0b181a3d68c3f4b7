import type { components } from '@/lib/api/schema';

// Short names for the follow-up survey schemas of the API (openapi.yaml, tag "Follow-up surveys").
type Schemas = components['schemas'];

export type SurveyRoundSummary = Schemas['SurveyRoundSummary'];
export type SurveyRoundPage = Schemas['SurveyRoundPage'];
export type SurveyRound = Schemas['SurveyRound'];
export type SurveyWorkshop = Schemas['SurveyWorkshop'];
export type SurveyWorkshopState = Schemas['SurveyWorkshopState'];
export type WorkshopScope = Schemas['WorkshopScope'];
export type DueSurveyWork = Schemas['DueSurveyWork'];
export type SurveyTask = Schemas['SurveyTask'];
export type SurveyContactKind = Schemas['SurveyContactKind'];
export type SurveyAnalysis = Schemas['SurveyAnalysis'];
export type SurveyFigures = Schemas['SurveyFigures'];
export type SurveyWorkshopAnalysis = Schemas['SurveyWorkshopAnalysis'];
export type AnswerCounts = Schemas['AnswerCounts'];
export type FollowUpActions = Schemas['FollowUpActions'];
export type DirectEffectsByAction = Schemas['DirectEffectsByAction'];
export type NewProjectsByAction = Schemas['NewProjectsByAction'];
export type SuccessStory = Schemas['SuccessStory'];
export type SurveyReply = Schemas['SurveyReply'];
export type SurveyReplyPage = Schemas['SurveyReplyPage'];

/** The body of POST /api/survey-rounds; the form always sends every field. */
export type CreateSurveyRoundInput = Required<Schemas['CreateSurveyRound']>;
/** The body of POST /api/survey-rounds/{id}/workshops/{workshopId}/contacts. */
export type RecordSurveyContactInput = Required<Schemas['RecordSurveyContact']>;
/** The answers of a reply: the body of PUT /api/survey-replies/{id}; the form always sends every field. */
export type SurveyReplyAnswersInput = Required<Schemas['UpdateSurveyReply']>;
/** The body of POST /api/survey-rounds/{id}/replies. */
export type SubmitSurveyReplyInput = SurveyReplyAnswersInput & { workshopId: number; memberId: number };
