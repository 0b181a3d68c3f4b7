import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

// Short names for the needs schemas of the API (openapi.yaml, tags "Needs surveys" and "Needs analysis").
// PROVISIONAL: written from the API branch's DTOs before its openapi.yaml was merged; replaced by schema aliases.

export type NeedsProgress = 'not-started' | 'draft' | 'submitted';
export type NeedsCycleStatus = 'draft' | 'open' | 'closed';

export interface NeedsWindow {
  acceptingAnswers: boolean;
  message: string;
}
export interface NeedsMember {
  id: number;
  code: string;
  name: string;
  subRegionId: number;
  subRegionName: string;
}
export interface TopicRef {
  id: number;
  code: string;
  name: string;
}
export interface NeedsQuestion {
  id: number;
  position: number;
  kind: 'topic' | 'custom';
  topic?: TopicRef | null;
  text: string;
}
export interface NeedsCycleSummary {
  id: number;
  name: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  opensOn: string;
  closesOn: string;
  status: NeedsCycleStatus;
  isExample: boolean;
  window: NeedsWindow;
  memberCount: number;
  questionCount: number;
  draftCount: number;
  submittedCount: number;
  ownResponse?: NeedsProgress | null;
}
export interface NeedsCyclePage {
  items: NeedsCycleSummary[];
  page: number;
  pageSize: number;
  total: number;
}
export interface NeedsCycle {
  id: number;
  name: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  opensOn: string;
  closesOn: string;
  status: NeedsCycleStatus;
  coordinators: string[];
  copiedFromCycleId?: number | null;
  isExample: boolean;
  createdAt: string;
  window: NeedsWindow;
  questions: NeedsQuestion[];
  members: NeedsMember[];
  responseCount: number;
  submittedCount: number;
  ownResponse?: NeedsProgress | null;
  version: string;
}
export interface NeedsAnswer {
  questionId: number;
  implementationStatus?: string | null;
  needLevel?: number | null;
  preferredDelivery?: string | null;
  preferredQuarter?: number | null;
  nationalPlanLink?: string | null;
  remarks?: string | null;
  customAnswer?: string | null;
}
export interface NeedsResponse {
  id?: number | null;
  cycleId: number;
  member: NeedsMember;
  status: NeedsProgress;
  enteredByStaff: boolean;
  priorityTopicIds: number[];
  answers: NeedsAnswer[];
  answered: number;
  questionCount: number;
  createdAt?: string | null;
  updatedAt?: string | null;
  submittedAt?: string | null;
  revision: number;
  window: NeedsWindow;
}
export interface NeedsTrackerRow {
  member: NeedsMember;
  status: NeedsProgress;
  enteredByStaff: boolean;
  lastSavedAt?: string | null;
  submittedAt?: string | null;
  answered: number;
  questionCount: number;
  reminders: { count: number; lastAt?: string | null };
}
export interface NeedsTracker {
  cycleId: number;
  name: string;
  status: NeedsCycleStatus;
  window: NeedsWindow;
  totals: { asked: number; notStarted: number; draft: number; submitted: number; submittedPercent: number };
  rows: NeedsTrackerRow[];
}
export interface NeedsUploadProblem {
  row: number;
  column?: string | null;
  message: string;
}
export interface NeedsUploadReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  members: number;
  responsesCreated: number;
  responsesUpdated: number;
  uploadedStatus: string;
  problems: NeedsUploadProblem[];
}
export interface NeedsRemindersResult {
  channel: string;
  emailSent: boolean;
  message: string;
  reminders: { id: number; member: { id: number; code: string; name: string }; recordedAt: string; note?: string | null }[];
}

export interface SaveNeedsResponseInput {
  answers: {
    questionId: number;
    implementationStatus: string | null;
    needLevel: number | null;
    preferredDelivery: string | null;
    preferredQuarter: number | null;
    nationalPlanLink: string | null;
    remarks: string | null;
    customAnswer: string | null;
  }[];
  priorityTopicIds: number[];
}

export interface NeedsQuestionInput {
  topicId?: number | null;
  text?: string | null;
}

export interface CreateNeedsCycleInput {
  name: string;
  fiscalYear: number;
  opensOn: string;
  closesOn: string;
  memberIds?: number[];
  coordinators?: string[];
  topicIds?: number[];
  customQuestions?: string[];
  copyFromCycleId?: number | null;
}

export interface UpdateNeedsCycleInput {
  name: string;
  fiscalYear: number;
  opensOn: string;
  closesOn: string;
  memberIds: number[];
  coordinators: string[];
}

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
