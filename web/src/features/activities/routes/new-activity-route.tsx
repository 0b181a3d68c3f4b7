import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { useCreateActivity } from '../api/activities';
import { topicsQueryOptions } from '@/lib/api/topics';
import { usePlanActions } from '@/lib/api/plan-actions';
import { ActivityForm } from '../components/activity-form';
import { emptyActivityValues } from '../utils/activity-form-values';

export function NewActivityRoute() {
  useDocumentTitle('Record an activity');
  const navigate = useNavigate();
  const members = useQuery(memberOptionsQueryOptions());
  const planActions = usePlanActions();
  const topics = useQuery(topicsQueryOptions());
  const create = useCreateActivity();

  return (
    <>
      <p className="breadcrumb">
        <Link to="/activities">← Activities</Link>
      </p>
      <h1>Record an activity</h1>
      <p className="lead">A workshop, mission, seminar or meeting: participants and the evaluation are added on its page once it is recorded.</p>
      {members.isPending || planActions.isPending || topics.isPending ? (
        <Loading label="Loading the form…" />
      ) : members.error || planActions.error || topics.error ? (
        <ProblemAlert error={members.error ?? planActions.error ?? topics.error} fallbackTitle="The form could not be loaded" />
      ) : (
        <ActivityForm
          idPrefix="activity"
          initial={emptyActivityValues()}
          members={members.data ?? []}
          planActions={planActions.data ?? []}
          topics={topics.data ?? []}
          submitLabel="Record activity"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (saved) => navigate(`/activities/${saved.value.id}`, { state: { flash: `Recorded “${saved.value.title}”.` } }),
            })
          }
          actions={
            <Link className="button button-secondary" to="/activities">
              Cancel
            </Link>
          }
        />
      )}
    </>
  );
}
