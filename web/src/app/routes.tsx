import { Navigate, type RouteObject } from 'react-router';
import { MemberRoute } from '@/features/members/routes/member-route';
import { MembersRoute } from '@/features/members/routes/members-route';
import { NewMemberRoute } from '@/features/members/routes/new-member-route';
import { SubRegionsRoute } from '@/features/sub-regions/routes/sub-regions-route';
import { AppLayout } from './layout/app-layout';
import { ComingSoonRoute } from './routes/coming-soon';
import { DashboardRoute } from './routes/dashboard';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // Errors inside a page are caught here, so the header and navigation stay usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DashboardRoute /> },
          {
            path: 'plans',
            element: (
              <ComingSoonRoute
                title="Plans"
                description="The Strategic Action Plans and Annual Work Plans, with their pillars, specific actions, KPIs, targets and deadlines."
              />
            ),
          },
          {
            path: 'activities',
            element: (
              <ComingSoonRoute
                title="Activities"
                description="Workshops, missions, seminars and meetings: when and where, who took part, which plan actions they serve, and their follow-up surveys."
              />
            ),
          },
          {
            path: 'needs',
            element: (
              <ComingSoonRoute
                title="Needs"
                description="The annual technical-assistance needs survey and ad-hoc requests from Members, and how they are prioritised into next year's work plan."
              />
            ),
          },
          {
            path: 'experts',
            element: (
              <ComingSoonRoute
                title="Experts"
                description="The pool of WCO-accredited experts and candidates, by category and area, and their deployments on missions and workshops."
              />
            ),
          },
          {
            path: 'admin',
            children: [
              { index: true, element: <Navigate to="/admin/members" replace /> },
              { path: 'members', element: <MembersRoute /> },
              { path: 'members/new', element: <NewMemberRoute /> },
              { path: 'members/:id', element: <MemberRoute /> },
              { path: 'sub-regions', element: <SubRegionsRoute /> },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
