import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { ApiKeysRoute } from '@/features/api-keys/routes/api-keys-route';
import { AuditRoute } from '@/features/audit/routes/audit-route';
import { AccountRoute } from '@/features/auth/routes/account-route';
import { LoginRoute } from '@/features/auth/routes/login-route';
import { MemberRoute } from '@/features/members/routes/member-route';
import { MembersRoute } from '@/features/members/routes/members-route';
import { NewMemberRoute } from '@/features/members/routes/new-member-route';
import { SubRegionsRoute } from '@/features/sub-regions/routes/sub-regions-route';
import { NewUserRoute } from '@/features/users/routes/new-user-route';
import { UserRoute } from '@/features/users/routes/user-route';
import { UsersRoute } from '@/features/users/routes/users-route';
import { DashboardRoute } from '@/features/plans/routes/dashboard-route';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { RequirePermission } from './require-permission';
import { RequireSession } from './require-session';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

// The dashboard (the home page) comes with the app; the other plan and milestone pages load on first use.
const PlansRoute = lazy(() => import('@/features/plans/routes/plans-route').then((m) => ({ default: m.PlansRoute })));
const PlanRoute = lazy(() => import('@/features/plans/routes/plan-route').then((m) => ({ default: m.PlanRoute })));
const PlanImportRoute = lazy(() => import('@/features/plans/routes/plan-import-route').then((m) => ({ default: m.PlanImportRoute })));
const KpiRoute = lazy(() => import('@/features/plans/routes/kpi-route').then((m) => ({ default: m.KpiRoute })));
const SurveyRoundsRoute = lazy(() =>
  import('@/features/follow-up-surveys/routes/survey-rounds-route').then((m) => ({ default: m.SurveyRoundsRoute })),
);
const SurveyRoundRoute = lazy(() => import('@/features/follow-up-surveys/routes/survey-round-route').then((m) => ({ default: m.SurveyRoundRoute })));
const MemberMilestonesRoute = lazy(() =>
  import('@/features/milestones/routes/member-milestones-route').then((m) => ({ default: m.MemberMilestonesRoute })),
);
const MilestoneUpdatesRoute = lazy(() =>
  import('@/features/milestones/routes/milestone-updates-route').then((m) => ({ default: m.MilestoneUpdatesRoute })),
);
const ActivitiesRoute = lazy(() => import('@/features/activities/routes/activities-route').then((m) => ({ default: m.ActivitiesRoute })));
const ActivityCalendarRoute = lazy(() =>
  import('@/features/activities/routes/activity-calendar-route').then((m) => ({ default: m.ActivityCalendarRoute })),
);
const ActivityRoute = lazy(() => import('@/features/activities/routes/activity-route').then((m) => ({ default: m.ActivityRoute })));
const NewActivityRoute = lazy(() => import('@/features/activities/routes/new-activity-route').then((m) => ({ default: m.NewActivityRoute })));
const EditActivityRoute = lazy(() => import('@/features/activities/routes/edit-activity-route').then((m) => ({ default: m.EditActivityRoute })));
const expertRoute = <K extends keyof typeof import('@/features/experts/routes')>(name: K) =>
  lazy(() => import('@/features/experts/routes').then((m) => ({ default: m[name] })));
const ExpertsRoute = expertRoute('ExpertsRoute');
const ExpertRoute = expertRoute('ExpertRoute');
const ExpertRequestsRoute = expertRoute('ExpertRequestsRoute');
const NewExpertRequestRoute = expertRoute('NewExpertRequestRoute');
const ExpertRequestRoute = expertRoute('ExpertRequestRoute');
const DeploymentsRoute = expertRoute('DeploymentsRoute');
const MyExpertPageRoute = expertRoute('MyExpertPageRoute');
const NewExpertRoute = expertRoute('NewExpertRoute');
const EditExpertRoute = expertRoute('EditExpertRoute');
const DonorRequestsRoute = expertRoute('DonorRequestsRoute');
const needsRoute = <K extends keyof typeof import('@/features/needs/routes')>(name: K) =>
  lazy(() => import('@/features/needs/routes').then((m) => ({ default: m[name] })));
const NeedsCyclesRoute = needsRoute('NeedsCyclesRoute');
const NewNeedsCycleRoute = needsRoute('NewNeedsCycleRoute');
const NeedsCycleRoute = needsRoute('NeedsCycleRoute');
const NeedsTrackerRoute = needsRoute('NeedsTrackerRoute');
const NeedsResponseRoute = needsRoute('NeedsResponseRoute');
const NeedsAnalysisRoute = needsRoute('NeedsAnalysisRoute');
const NeedsWorkPlanRoute = needsRoute('NeedsWorkPlanRoute');
const ReviewQueueRoute = lazy(() => import('@/features/milestones/routes/review-queue-route').then((m) => ({ default: m.ReviewQueueRoute })));

export const routes: RouteObject[] = [
  {
    // Outside the app shell: the one page that needs no session.
    path: '/login',
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [{ index: true, element: <LoginRoute /> }],
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      {
        // Errors inside a page are caught here, so the header and navigation stay usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DashboardRoute /> },
          { path: 'plans', element: <PlansRoute /> },
          {
            path: 'plans/import',
            element: (
              <RequirePermission permission="plans:write" what="the plan import">
                <PlanImportRoute />
              </RequirePermission>
            ),
          },
          { path: 'plans/:planId', element: <PlanRoute /> },
          { path: 'plans/:planId/kpis/:kpiId', element: <KpiRoute /> },
          { path: 'members/:memberId/milestones', element: <MemberMilestonesRoute /> },
          { path: 'surveys', element: <SurveyRoundsRoute /> },
          { path: 'surveys/:roundId', element: <SurveyRoundRoute /> },
          {
            path: 'milestones',
            element: (
              <RequirePermission permission="milestones:submit" what="the milestone updates">
                <MilestoneUpdatesRoute />
              </RequirePermission>
            ),
          },
          {
            path: 'milestones/queue',
            element: (
              <RequirePermission permission="milestones:review" what="the review queue">
                <ReviewQueueRoute />
              </RequirePermission>
            ),
          },
          { path: 'activities', element: <ActivitiesRoute /> },
          { path: 'activities/calendar', element: <ActivityCalendarRoute /> },
          {
            path: 'activities/new',
            element: (
              <RequirePermission permission="activities:write" what="the form to record an activity">
                <NewActivityRoute />
              </RequirePermission>
            ),
          },
          { path: 'activities/:id', element: <ActivityRoute /> },
          {
            path: 'activities/:id/edit',
            element: (
              <RequirePermission permission="activities:write" what="the form to change an activity">
                <EditActivityRoute />
              </RequirePermission>
            ),
          },
          { path: 'needs', element: <NeedsCyclesRoute /> },
          {
            path: 'needs/new',
            element: (
              <RequirePermission permission="needs:manage" what="the form to start a needs survey">
                <NewNeedsCycleRoute />
              </RequirePermission>
            ),
          },
          { path: 'needs/:cycleId', element: <NeedsCycleRoute /> },
          {
            path: 'needs/:cycleId/tracker',
            element: (
              <RequirePermission permission="needs:manage" what="the response tracker">
                <NeedsTrackerRoute />
              </RequirePermission>
            ),
          },
          { path: 'needs/:cycleId/analysis', element: <NeedsAnalysisRoute /> },
          { path: 'needs/:cycleId/work-plan', element: <NeedsWorkPlanRoute /> },
          { path: 'needs/:cycleId/responses/:memberId', element: <NeedsResponseRoute /> },
          { path: 'experts', element: <ExpertsRoute /> },
          { path: 'experts/new', element: <NewExpertRoute /> },
          { path: 'experts/:id', element: <ExpertRoute /> },
          { path: 'experts/:id/edit', element: <EditExpertRoute /> },
          { path: 'donor-requests', element: <DonorRequestsRoute /> },
          { path: 'expert-requests', element: <ExpertRequestsRoute /> },
          { path: 'expert-requests/new', element: <NewExpertRequestRoute /> },
          { path: 'expert-requests/:id', element: <ExpertRequestRoute /> },
          { path: 'deployments', element: <DeploymentsRoute /> },
          { path: 'my-expert-page', element: <MyExpertPageRoute /> },
          { path: 'account', element: <AccountRoute /> },
          {
            path: 'admin',
            children: [
              { index: true, element: <Navigate to="/admin/members" replace /> },
              {
                path: 'members',
                element: (
                  <RequirePermission permission="reference-data:read" what="the Members">
                    <MembersRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'members/new',
                element: (
                  <RequirePermission permission="reference-data:write" what="the form to add a Member">
                    <NewMemberRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'members/:id',
                element: (
                  <RequirePermission permission="reference-data:read" what="the Members">
                    <MemberRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'sub-regions',
                element: (
                  <RequirePermission permission="reference-data:read" what="the sub-regions">
                    <SubRegionsRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'users',
                element: (
                  <RequirePermission permission="users:manage" what="the users">
                    <UsersRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'users/new',
                element: (
                  <RequirePermission permission="users:manage" what="the users">
                    <NewUserRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'users/:id',
                element: (
                  <RequirePermission permission="users:manage" what="the users">
                    <UserRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'api-keys',
                element: (
                  <RequirePermission permission="api-keys:manage" what="the API keys">
                    <ApiKeysRoute />
                  </RequirePermission>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequirePermission permission="audit:read" what="the audit log">
                    <AuditRoute />
                  </RequirePermission>
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
