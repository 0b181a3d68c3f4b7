import type { components } from './schema';

// Short names for the API's schemas. When openapi.yaml renames a schema,
// this is the one file to touch.
type Schemas = components['schemas'];

export type Region = Schemas['Region'];
export type SubRegion = Schemas['SubRegion'];
/** The body of PUT /api/sub-regions/{id} (POST takes the same shape); the form always sends every field. */
export type SubRegionInput = Required<Schemas['UpdateSubRegion']>;
export type Member = Schemas['Member'];
/** The body of POST /api/members and PUT /api/members/{id}; the form always sends every field. */
export type MemberInput = Required<Schemas['UpdateMember']>;
export type MemberPage = Schemas['MemberPage'];
export type FocalPoint = Schemas['FocalPoint'];

export type AccessTokenResponse = Schemas['AccessTokenResponse'];
export type CurrentUser = Schemas['CurrentUser'];
export type ChangePasswordInput = Schemas['ChangePassword'];

export type User = Schemas['User'];
export type UserPage = Schemas['UserPage'];
/** The body of POST /api/users; the form always sends every field. */
export type CreateUserInput = Required<Schemas['CreateUser']>;
/** The body of PUT /api/users/{id}; the form always sends every field. */
export type UpdateUserInput = Required<Schemas['UpdateUser']>;

export type ApiKey = Schemas['ApiKey'];
export type ApiKeyPage = Schemas['ApiKeyPage'];
export type ApiKeyScope = Schemas['ApiKeyScope'];
export type CreateApiKeyInput = Schemas['CreateApiKey'];
export type CreatedApiKey = Schemas['CreatedApiKey'];

/** A field's values before and after a change, as the audit log records them (property name → value). */
export type AuditValues = Record<string, unknown>;
// The contract types before/after as an empty-object schema ("JsonObject"); they hold any properties.
export type AuditEntry = Omit<Schemas['AuditEntry'], 'before' | 'after'> & {
  before: AuditValues | null;
  after: AuditValues | null;
};
export type AuditEntryPage = Omit<Schemas['AuditEntryPage'], 'items'> & { items: AuditEntry[] };

export type PlanSummary = Schemas['PlanSummary'];
export type PlanKind = Schemas['PlanKind'];
export type PlanDetail = Schemas['PlanDetail'];
export type Pillar = Schemas['Pillar'];
export type SpecificAction = Schemas['Action'];
export type Kpi = Schemas['Kpi'];
export type Milestone = Schemas['Milestone'];
export type FiscalYear = Schemas['FiscalYear'];
export type PlanProgress = Schemas['PlanProgress'];
export type PillarProgress = Schemas['PillarProgress'];
export type KpiProgress = Schemas['KpiProgress'];
export type KpiStatus = Schemas['KpiStatus'];
export type KpiKind = Schemas['KpiKind'];
export type Comparator = Schemas['Comparator'];
export type StatusCount = Schemas['StatusCount'];
export type CoverageMatrix = Schemas['CoverageMatrix'];
export type MatrixMember = Schemas['MatrixMember'];
export type MatrixMilestone = Schemas['MatrixMilestone'];
export type MatrixCell = Schemas['MatrixCell'];
export type KpiDetail = Schemas['KpiDetail'];
export type SeriesPoint = Schemas['SeriesPoint'];
export type SubRegionValue = Schemas['SubRegionValue'];
export type MemberEvidence = Schemas['MemberEvidence'];
export type ActivityEvidence = Schemas['ActivityEvidence'];
/** The JSON plan file of GET /api/plans/{id}/export and POST /api/plans/import. */
export type PlanFile = Schemas['PlanFile'];
export type ImportReport = Schemas['ImportReport'];
export type ImportProblem = Schemas['ImportProblem'];

export type MilestoneStatus = Schemas['MilestoneStatus'];
export type ReviewState = Schemas['ReviewState'];
export type MilestoneStatusRecord = Schemas['MilestoneStatusRecord'];
export type MilestoneStatusPage = Schemas['MilestoneStatusPage'];
/** The body of POST /api/milestone-statuses and PUT /api/milestone-statuses/{id}; the form always sends every field. */
export type MilestoneStatusInput = Required<Schemas['CreateMilestoneStatus']>;
export type QueueItem = Schemas['QueueItem'];
export type ReviewDecision = Schemas['ReviewDecision'];

export type ActivityType = Schemas['ActivityType'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type ActivityMode = Schemas['ActivityMode'];
export type RocbInvolvement = Schemas['RocbInvolvement'];
export type DatePrecision = Schemas['DatePrecision'];
export type Activity = Schemas['Activity'];
export type ActivitySummary = Schemas['ActivitySummary'];
export type ActivityPage = Schemas['ActivityPage'];
export type ActivityStaff = Schemas['ActivityStaff'];
export type MemberRef = Schemas['MemberRef'];
export type TopicRef = Schemas['TopicRef'];
export type ActionRef = Schemas['ActionRef'];
export type KpiRef = Schemas['KpiRef'];
/** The body of POST /api/activities and PUT /api/activities/{id}; the form always sends every field. */
export type ActivityInput = Required<Schemas['CreateActivity']>;
export type Participation = Schemas['Participation'];
export type ParticipationTotals = Schemas['ParticipationTotals'];
export type ParticipantCount = Schemas['ParticipantCount'];
/** A row of PUT /api/activities/{id}/participant-counts; the editor always sends every field. */
export type ParticipantCountInput = Required<Schemas['ParticipantCountInput']>;
export type Participant = Schemas['Participant'];
export type ParticipantPage = Schemas['ParticipantPage'];
export type ParticipantInput = Schemas['ParticipantInput'];
export type ParticipantRole = Schemas['ParticipantRole'];
/** A participant's gender as recorded (null: the API's "not given", written not-recorded by the forms). */
export type Gender = Exclude<Schemas['Gender'], null>;
export type Evaluation = Schemas['Evaluation'];
export type EvaluationTotals = Schemas['EvaluationTotals'];
export type EvaluationResponseInput = Schemas['EvaluationResponseInput'];
export type EvaluationItem = Schemas['EvaluationItem'];
export type EvaluationSummaryInput = Required<Schemas['SetEvaluationSummary']>;

/** A record as read by GET, with the ETag to send back as If-Match on PUT. */
export interface Versioned<T> {
  value: T;
  etag: string;
}
