import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

interface ComingSoonRouteProps {
  title: string;
  /** What the area will hold, in a sentence or two. */
  description: string;
}

export function ComingSoonRoute({ title, description }: ComingSoonRouteProps) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="notice" role="note">
        Coming soon: this part of Rocb is not built yet, and it holds no records.
      </p>
      <p>{description}</p>
      <p>
        <Link to="/">Back to the dashboard</Link>
      </p>
    </>
  );
}
