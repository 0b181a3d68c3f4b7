import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

// Short names for the needs schemas of the API (openapi.yaml, tags "Needs surveys" and "Needs analysis").

export type NeedsProgress = NonNullable<Schemas['NeedsProgress']>;
export type NeedsCycleStatus = Schemas['NeedsCycleStatus'];
export type NeedsWindow = Schemas['NeedsWindow'];
export type NeedsMember = Schemas['NeedsMember'];
export type NeedsQuestion = Schemas['NeedsQuestion'];
export type NeedsCycleSummary = Schemas['NeedsCycleSummary'];
export type NeedsCyclePage = Schemas['NeedsCyclePage'];
export type NeedsCycle = Schemas['NeedsCycle'];
export type NeedsAnswer = Schemas['NeedsAnswer'];
export type NeedsResponse = Schemas['NeedsResponse'];
export type NeedsTrackerRow = Schemas['NeedsTrackerRow'];
export type NeedsTracker = Schemas['NeedsTracker'];
export type NeedsUploadProblem = Schemas['NeedsUploadProblem'];
export type NeedsUploadReport = Schemas['NeedsUploadReport'];
export type NeedsRemindersResult = Schemas['NeedsRemindersResult'];
export type NeedsQuestionInput = Schemas['NeedsQuestionInput'];
export type CreateNeedsCycleInput = Schemas['CreateNeedsCycle'];
export type UpdateNeedsCycleInput = Schemas['UpdateNeedsCycle'];
export type SaveNeedsResponseInput = Schemas['SaveNeedsResponse'];

// ---- needs-analysis: the API's own schemas ----
export type NeedsAnalysisCycleRef = Schemas['NeedsAnalysisCycleRef'];
export type NeedsDemandCell = Schemas['NeedsDemandCell'];
export type NeedsTopicDemand = Schemas['NeedsTopicDemand'];
export type NeedsTopicLevel = Schemas['NeedsTopicLevel'];
export type NeedsMemberTopNeeds = Schemas['NeedsMemberTopNeeds'];
export type NeedsHighImpact = Schemas['NeedsHighImpact'];
export type NeedsTopicGap = Schemas['NeedsTopicGap'];
export type NeedsEvidence = Schemas['NeedsEvidence'];
export type NeedsProposal = Schemas['NeedsProposal'];
export type NeedsAnalysis = Schemas['NeedsAnalysis'];
export type WorkPlanItem = Schemas['WorkPlanItem'];
export type WorkPlanDraft = Schemas['WorkPlanDraft'];
/** The body of addWorkPlanItem / updateWorkPlanItem; the form always sends every field. */
export type WorkPlanItemInput = Required<Schemas['AddWorkPlanItem']>;
