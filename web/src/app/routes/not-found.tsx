import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  const { pathname } = useLocation();
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. It may have moved, or the address may be mistyped.
      </p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </>
  );
}
