import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/ui/badge';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError } from '@/lib/api/problem';
import type { Member } from '@/lib/api/types';
import { focalPointsQueryOptions } from '../api/get-focal-points';

/** Who speaks for the Member. Hidden when the API will not say (403, or 404 for another Member's focal point). */
export function MemberFocalPoints({ member }: { member: Member }) {
  const focalPoints = useQuery(focalPointsQueryOptions(member.id));
  if (isApiError(focalPoints.error) && (focalPoints.error.status === 403 || focalPoints.error.status === 404)) return null;

  return (
    <section className="focal-points" aria-labelledby="focal-points-heading">
      <h2 id="focal-points-heading">Focal points</h2>
      {focalPoints.isPending ? (
        <Loading label="Loading the focal points…" />
      ) : focalPoints.error ? (
        <ProblemAlert error={focalPoints.error} fallbackTitle="The focal points could not be loaded" />
      ) : focalPoints.data.length === 0 ? (
        <p className="muted">{member.name} has no focal point in Rocb yet.</p>
      ) : (
        <ul className="plain-list">
          {focalPoints.data.map((person) => (
            <li key={person.userId}>
              {person.displayName} · <a href={`mailto:${person.email}`}>{person.email}</a>
              {person.isDisabled ? (
                <>
                  {' '}
                  <Badge>Disabled</Badge>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
