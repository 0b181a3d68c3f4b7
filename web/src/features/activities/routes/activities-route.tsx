import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { memberOptionsQueryOptions, subRegionsQueryOptions } from '@/lib/api/reference-data';
import { useCan } from '@/lib/auth/current-user';
import { activitiesQueryOptions } from '../api/activities';
import { topicsQueryOptions } from '@/lib/api/topics';
import { usePlanActions } from '@/lib/api/plan-actions';
import { ActivityFilters } from '../components/activity-filters';
import { ActivityTable } from '../components/activity-table';
import { SubscribeCalendar } from '../components/subscribe-calendar';
import { fiscalYearLabel } from '../utils/activity-dates';
import {
  activityFilterKeys,
  activityPageSizes,
  activityParamsFromSearch,
  defaultActivityPageSize,
  hasActivityFilters,
  topicFilterLabel,
  type ActivitySort,
} from '../utils/list-params';

const sortWords: Record<ActivitySort, string> = {
  '-startsOn': 'latest first',
  startsOn: 'earliest first',
  title: 'by title, A to Z',
  '-title': 'by title, Z to A',
};

export function ActivitiesRoute() {
  useDocumentTitle('Activities');
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const params = activityParamsFromSearch(search);
  const activities = useQuery(activitiesQueryOptions(params));
  const members = useQuery(memberOptionsQueryOptions());
  const subRegions = useQuery(subRegionsQueryOptions());
  const planActions = usePlanActions();
  const topics = useQuery(topicsQueryOptions());
  const canWrite = useCan()('activities:write');

  const update = (changes: Record<string, string | number | undefined>, resetPage = true) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (resetPage) next.delete('page');
    setSearch(next);
  };
  const clear = () => {
    const next = new URLSearchParams(search);
    for (const key of activityFilterKeys) next.delete(key);
    next.delete('page');
    setSearch(next);
  };

  const filtered = hasActivityFilters(params);
  const data = activities.data;
  const memberName = members.data?.find((m) => m.id === params.memberId)?.name;
  // Named by the topic list; should it lack the topic (or fail), by what the listed activities share.
  const topicLabel =
    params.topicId === undefined
      ? undefined
      : (topics.data?.find((t) => t.id === params.topicId)?.name ?? (data ? topicFilterLabel(params.topicId, data.items) : undefined));
  const first = data ? (data.page - 1) * data.pageSize + 1 : 0;

  return (
    <>
      <div className="page-header">
        <h1>Activities</h1>
        <div className="button-row">
          <Link className="button button-secondary" to="/activities/calendar">
            Calendar view
          </Link>
          {canWrite ? (
            <Link className="button" to="/activities/new">
              Record an activity
            </Link>
          ) : null}
        </div>
      </div>
      <p className="lead">
        Workshops, missions, seminars and meetings: when and where, who took part, which topics they cover and which plan actions they
        serve.
      </p>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}
      <SubscribeCalendar memberId={params.memberId} memberName={memberName} />

      <ActivityFilters
        params={params}
        members={members.data}
        subRegions={subRegions.data}
        planActions={planActions.data}
        topics={topics.data}
        topicLabel={topicLabel}
        onChange={(changes) => update(changes)}
        onClear={filtered ? clear : undefined}
      />
      {members.error || subRegions.error || planActions.error || topics.error ? (
        <ProblemAlert
          error={members.error ?? subRegions.error ?? planActions.error ?? topics.error}
          fallbackTitle="Some filter choices could not be loaded"
        />
      ) : null}

      {activities.isPending ? (
        <Loading label="Loading activities…" />
      ) : activities.error && !data ? (
        <ProblemAlert error={activities.error} fallbackTitle="The activities could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No activity matches these filters.' : 'No activity has been recorded yet.'}>
          {filtered ? (
            <p>
              Try other filters, or{' '}
              <button type="button" className="button button-link" onClick={clear}>
                clear them
              </button>
              .
            </p>
          ) : canWrite ? (
            <Link to="/activities/new">Record the first activity</Link>
          ) : null}
        </EmptyState>
      ) : data ? (
        <div className="results" aria-busy={activities.isFetching || undefined}>
          {activities.error ? <ProblemAlert error={activities.error} fallbackTitle="The activities could not be refreshed" /> : null}
          <p className="result-count" role="status">
            Showing {first}–{first + data.items.length - 1} of {data.total} activities
            {params.fiscalYear ? ` in ${fiscalYearLabel(params.fiscalYear)}` : ''}, {sortWords[params.sort]}
          </p>
          <ActivityTable
            activities={data.items}
            caption={`Activities${params.fiscalYear ? ` in ${fiscalYearLabel(params.fiscalYear)}` : ''}, ${sortWords[params.sort]}`}
            sort={params.sort}
            onSort={(sort) => update({ sort: sort === '-startsOn' ? undefined : sort })}
          />
          <div className="list-footer">
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              totalCount={data.total}
              itemsLabel="Activities"
              onPageChange={(page) => update({ page: page > 1 ? page : undefined }, false)}
            />
            <div className="field field-inline">
              <label htmlFor="filter-page-size">Per page</label>
              <select
                id="filter-page-size"
                value={params.pageSize}
                onChange={(event) => update({ pageSize: Number(event.target.value) === defaultActivityPageSize ? undefined : event.target.value })}
              >
                {activityPageSizes.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}
