// The expert pages, loaded on first use (see app/routes.tsx).
export { DeploymentsRoute } from './deployments-route';
export { DonorRequestsRoute } from './donor-requests-route';
export { EditExpertRoute } from './edit-expert-route';
export { ExpertRequestRoute } from './expert-request-route';
export { ExpertRequestsRoute } from './expert-requests-route';
export { ExpertRoute } from './expert-route';
export { ExpertsRoute } from './experts-route';
export { MyExpertPageRoute } from './my-expert-page-route';
export { NewExpertRequestRoute } from './new-expert-request-route';
export { NewExpertRoute } from './new-expert-route';
