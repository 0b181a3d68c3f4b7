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

// ---- needs-analysis (PROVISIONAL, from the analysis branch's DTOs) ----
export interface NeedsAnalysisCycleRef {
  id: number;
  name: string;
  fiscalYear: number;
  fiscalYearLabel: string;
}
export interface NeedsDemandCell {
  topicId: number;
  topicCode: string;
  topicName: string;
  subRegionId: number;
  subRegionCode: string;
  subRegionName: string;
  members: number;
  weightedNeed: number;
  highNeedMembers: number;
}
export interface NeedsTopicDemand {
  topicId: number;
  topicCode: string;
  topicName: string;
  members: number;
  weightedNeed: number;
  highNeedMembers: number;
  previousMembers?: number | null;
  previousWeightedNeed?: number | null;
  membersChange?: number | null;
  weightedNeedChange?: number | null;
}
export interface NeedsTopicLevel {
  topicId: number;
  topicCode: string;
  topicName: string;
  needLevel?: number | null;
}
export interface NeedsMemberTopNeeds {
  memberId: number;
  memberCode: string;
  memberName: string;
  subRegionId: number;
  responseId: number;
  revision: number;
  priorities: NeedsTopicLevel[];
  topNeeds: NeedsTopicLevel[];
}
export interface NeedsKpiRef {
  kpiId: number;
  code: string;
  name: string;
  actionId: number;
  actionCode: string;
  pillarNumber: number;
}
export interface NeedsHighImpact {
  memberId: number;
  memberCode: string;
  memberName: string;
  topicId: number;
  topicCode: string;
  topicName: string;
  needLevel: number;
  responseId: number;
  milestoneId: number;
  milestoneCode: string;
  milestoneReference: string;
  planCode: string;
  milestoneStatus?: string | null;
  kpis: NeedsKpiRef[];
}
export interface NeedsTopicGap {
  topicId: number;
  topicCode: string;
  topicName: string;
  demandMembers: number;
  accreditedExperts: number;
  membersPerExpert?: number | null;
  short: boolean;
  expertsToAccredit: number;
}
export interface NeedsEvidence {
  cycleId: number;
  responseId: number;
  revision: number;
  memberId: number;
  memberCode: string;
  topicId: number;
  topicCode: string;
  needLevel: number;
  preferredDelivery?: string | null;
  preferredQuarter?: number | null;
}
export interface NeedsProposal {
  kind: string;
  activityType: string;
  title: string;
  topicId: number;
  topicCode: string;
  subRegionId?: number | null;
  memberIds: number[];
  quarter?: number | null;
  expertsNeeded: number;
  reason: string;
  evidence: NeedsEvidence[];
}
export interface NeedsAnalysis {
  cycle: NeedsAnalysisCycleRef;
  previousCycle?: NeedsAnalysisCycleRef | null;
  subRegionId?: number | null;
  respondents: { asked: number; submitted: number };
  basis: string;
  demand: NeedsDemandCell[];
  topics: NeedsTopicDemand[];
  members: NeedsMemberTopNeeds[];
  highImpact: NeedsHighImpact[];
  supplyAsOf: string;
  gaps: NeedsTopicGap[];
  proposals: NeedsProposal[];
}
export interface WorkPlanItem {
  id: number;
  position: number;
  kind: string;
  title: string;
  activityType: string;
  topicId?: number | null;
  topicCode?: string | null;
  memberIds: number[];
  subRegionId?: number | null;
  quarter?: number | null;
  actionIds: number[];
  expertsNeeded: number;
  origin: string;
  reason?: string | null;
  evidence: NeedsEvidence[];
  notes?: string | null;
  activityId?: number | null;
  version: string;
}
export interface WorkPlanDraft {
  id: number;
  cycleId: number;
  cycleName: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  status: 'draft' | 'adopted';
  generatedAt: string;
  adoptedAt?: string | null;
  items: WorkPlanItem[];
}
export interface WorkPlanItemInput {
  kind: string;
  title: string;
  activityType: string;
  topicId: number | null;
  memberIds: number[];
  subRegionId: number | null;
  quarter: number | null;
  actionIds: number[];
  expertsNeeded: number;
  notes: string | null;
}
