// The needs pages, loaded together on first use (see app/routes.tsx).
export { NeedsAnalysisRoute } from './analysis-route';
export { NeedsCycleRoute } from './cycle-route';
export { NeedsCyclesRoute } from './cycles-route';
export { NewNeedsCycleRoute } from './new-cycle-route';
export { NeedsResponseRoute } from './response-route';
export { NeedsTrackerRoute } from './tracker-route';
export { NeedsWorkPlanRoute } from './work-plan-route';
