import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDay } from '@/lib/format';
import { needsCycleQueryOptions, needsResponseQueryOptions } from '../api/needs';
import { ExampleBadge } from '../components/example-badge';
import { ResponseForm } from '../components/response-form';
import { ResponseHistory } from '../components/response-history';
import { positiveId } from './params';
import '../needs.css';

export function NeedsResponseRoute() {
  const params = useParams();
  const cycleId = positiveId(params.cycleId);
  const memberId = positiveId(params.memberId);
  const { data: user } = useCurrentUser();
  const cycle = useQuery({ ...needsCycleQueryOptions(cycleId ?? 0), enabled: cycleId !== undefined });
  const response = useQuery({ ...needsResponseQueryOptions(cycleId ?? 0, memberId ?? 0), enabled: cycleId !== undefined && memberId !== undefined });
  const memberName = response.data?.member.name;
  useDocumentTitle(memberName && cycle.data ? `${cycle.data.value.name}: ${memberName}` : 'Needs survey response');

  if (cycleId === undefined || memberId === undefined) return <NotFound />;
  if (cycle.isPending || response.isPending) return <Loading label="Loading the questionnaire…" />;
  const error = cycle.error ?? response.error;
  if (error) {
    if (isApiError(error) && error.status === 404) return <NotFound />;
    return (
      <>
        <h1>Needs survey response</h1>
        <ProblemAlert error={error} fallbackTitle="The response could not be loaded" />
      </>
    );
  }
  const c = cycle.data!.value;
  const r = response.data!;
  // Staff (no Member of their own) answer on a Member's behalf; the API marks such a response.
  const onBehalf = user ? user.memberId !== r.member.id : false;

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/needs">Needs surveys</Link>
        {onBehalf ? (
          <>
            {' '}
            / <Link to={`/needs/${c.id}`}>{c.name}</Link>
          </>
        ) : null}
      </p>
      <div className="page-header">
        <h1>
          {c.name}: {r.member.name}
          {c.isExample ? <ExampleBadge /> : null}
        </h1>
      </div>
      <p className="lead">
        What capacity building {r.member.name} needs in {c.fiscalYearLabel}. Open from {formatDay(c.opensOn)} to {formatDay(c.closesOn)}.
        {c.coordinators.length > 0 ? ` Coordinated by ${c.coordinators.join(' and ')}.` : ''}
      </p>
      {onBehalf ? (
        <div className="alert needs-on-behalf" role="note">
          <p className="alert-title">
            {r.window.acceptingAnswers ? `You are answering on behalf of ${r.member.name}` : `You are viewing the response of ${r.member.name}`}
          </p>
          <p>
            {r.window.acceptingAnswers
              ? 'What you save is marked as entered by the ROCB, so everyone can see it did not come from the Member’s focal point.'
              : 'Answers are not accepted now.'}
            {r.enteredByStaff ? ' The latest version was entered by the ROCB.' : ''}
          </p>
        </div>
      ) : null}
      {c.questions.length === 0 ? (
        <p className="empty-state" role="status">
          This survey has no questions yet.
        </p>
      ) : (
        <ResponseForm key={`${c.id}-${r.member.id}`} cycle={c} response={r} />
      )}
      {onBehalf && r.status !== 'not-started' ? <ResponseHistory cycleId={c.id} memberId={r.member.id} /> : null}
    </>
  );
}

function NotFound() {
  return (
    <>
      <h1>Response not found</h1>
      <p>There is no such survey, or your administration is not asked in it.</p>
      <p>
        <Link to="/needs">Back to the needs surveys</Link>
      </p>
    </>
  );
}
