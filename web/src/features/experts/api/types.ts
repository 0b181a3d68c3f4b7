import type { components } from '@/lib/api/schema';

// Short names for the expert and deployment schemas (kept in this feature so that other features' files stay untouched).
type Schemas = components['schemas'];

export type Expert = Schemas['Expert'];
export type ExpertSummary = Schemas['ExpertSummary'];
export type ExpertPage = Schemas['ExpertPage'];
export type ExpertTopic = Schemas['ExpertTopic'];
export type ExpertOrigin = Schemas['ExpertOrigin'];
export type Accreditation = Schemas['Accreditation'];
export type AccreditationBrief = Schemas['AccreditationBrief'];
export type AccreditationStatus = Schemas['AccreditationStatus'];
export type AccreditationCategory = Schemas['AccreditationCategory'];
export type AccreditationNeed = Schemas['AccreditationNeed'];
export type AddAccreditationInput = Schemas['AddAccreditation'];
export type ChangeAccreditationStatusInput = Schemas['ChangeAccreditationStatus'];
export type Unavailability = Schemas['Unavailability'];
export type AddUnavailabilityInput = Schemas['AddUnavailability'];
export type ExpertRequest = Schemas['ExpertRequest'];
export type ExpertRequestSummary = Schemas['ExpertRequestSummary'];
export type ExpertRequestStatus = Schemas['ExpertRequestStatus'];
export type CreateExpertRequestInput = Schemas['CreateExpertRequest'];
export type TopicRef = Schemas['TopicRef'];
export type ActivityMode = Schemas['ActivityMode'];
export type MatchList = Schemas['MatchList'];
export type Match = Schemas['Match'];
export type ScorePart = Schemas['ScorePart'];
export type Deployment = Schemas['Deployment'];
export type DeploymentPage = Schemas['DeploymentPage'];
export type DeploymentStatus = Schemas['DeploymentStatus'];
export type StuckDeployment = Schemas['StuckDeployment'];
export type ProposeDeploymentInput = Schemas['ProposeDeployment'];
export type CompleteDeploymentInput = Schemas['CompleteDeployment'];
