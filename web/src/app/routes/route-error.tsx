import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { NotFoundRoute } from './not-found';

/** The error boundary of the router: shown when a page throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div className="route-error">
      <h1>Something went wrong</h1>
      <ProblemAlert
        error={isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error}
        fallbackTitle="This page could not be shown"
      />
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        or <Link to="/">go to the dashboard</Link>.
      </p>
    </div>
  );
}
