import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isForbidden } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/current-user';
import { expertsQueryOptions } from '../api/queries';
import { topicsQueryOptions } from '@/lib/api/topics';
import { groupTopics } from '../utils/topics';
import type { ExpertSummary } from '../api/types';
import { AccreditationBadge } from '../components/badges';
import '../experts.css';
import { accreditationCategories, accreditationCategoryLabels, accreditationStatuses, accreditationStatusLabels, hasPermission, label, originLabels } from '../utils/labels';
import { rosterFilterKeys, rosterParamsFromSearch } from '../utils/roster-params';

export function homeAdministration(expert: Pick<ExpertSummary, 'origin' | 'member' | 'outsideAdministration'>): string {
  if (expert.origin === 'wco-secretariat') return 'WCO Secretariat';
  if (expert.member) return expert.member.name;
  return expert.outsideAdministration ?? label(originLabels, expert.origin);
}

export function ExpertsRoute() {
  useDocumentTitle('Experts');
  const [search, setSearch] = useSearchParams();
  const params = rosterParamsFromSearch(search);
  const { data: user } = useCurrentUser();
  const experts = useQuery(expertsQueryOptions(params));
  const topics = useQuery(topicsQueryOptions());
  const manages = hasPermission(user, 'deployments:manage');
  const flash = (useLocation().state as { flash?: string } | null)?.flash;

  const update = (changes: Record<string, string | number | undefined>, resetPage = true) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (resetPage) next.delete('page');
    setSearch(next);
  };

  const submitText = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => {
      const v = form.get(key);
      return typeof v === 'string' ? v.trim() : undefined;
    };
    update({ q: text('q'), language: text('language'), availableFrom: text('availableFrom'), availableTo: text('availableTo') });
  };

  if (isForbidden(experts.error)) return <NoAccess error={experts.error} what="the expert roster" />;

  const filtered = rosterFilterKeys.some((key) => search.has(key));
  const data = experts.data;

  return (
    <>
      <div className="page-header">
        <h1>Experts</h1>
        <div className="actions">
          {hasPermission(user, 'experts:write') ? (
            <Link className="button" to="/experts/new">
              New expert
            </Link>
          ) : null}
          {manages ? (
            <Link className="button button-secondary" to="/expert-requests/new">
              New expert request
            </Link>
          ) : null}
        </div>
      </div>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}
      <p className="lead">The pool of WCO-accredited experts and candidates, by category, topic and origin.</p>

      <div className="filters">
        <form role="search" aria-label="Experts" className="search-form inline-form" onSubmit={submitText} key={search.toString()}>
          <div className="field">
            <label htmlFor="filter-q">Name or administration</label>
            <input id="filter-q" name="q" type="search" defaultValue={params.q ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="filter-language">Language (code, e.g. en)</label>
            <input id="filter-language" name="language" size={4} defaultValue={params.language ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="filter-from">Available from</label>
            <input id="filter-from" name="availableFrom" type="date" defaultValue={params.availableFrom ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">Available to</label>
            <input id="filter-to" name="availableTo" type="date" defaultValue={params.availableTo ?? ''} />
          </div>
          <button type="submit" className="button button-secondary">
            Apply
          </button>
        </form>
        <div className="field">
          <label htmlFor="filter-topic">Topic</label>
          <select id="filter-topic" value={params.topicId ?? ''} onChange={(e) => update({ topicId: e.target.value })}>
            <option value="">Any topic</option>
            {groupTopics(topics.data ?? []).map((group) => (
              <optgroup key={group.package} label={group.label}>
                {group.topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.code}: {t.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">Category</label>
          <select id="filter-category" value={params.category ?? ''} onChange={(e) => update({ category: e.target.value })}>
            <option value="">Any category</option>
            {accreditationCategories.map((c) => (
              <option key={c} value={c}>
                {accreditationCategoryLabels[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Accreditation status</label>
          <select id="filter-status" value={params.accreditationStatus ?? ''} onChange={(e) => update({ accreditationStatus: e.target.value })}>
            <option value="">Any status</option>
            {accreditationStatuses.map((s) => (
              <option key={s} value={s}>
                {accreditationStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-region">Origin</label>
          <select
            id="filter-region"
            value={params.inRegion === undefined ? '' : String(params.inRegion)}
            onChange={(e) => update({ inRegion: e.target.value })}
          >
            <option value="">Inside or outside the region</option>
            <option value="true">Inside the region (Member administrations)</option>
            <option value="false">Outside the region (and WCO Secretariat)</option>
          </select>
        </div>
        {filtered ? (
          <button
            type="button"
            className="button button-link"
            onClick={() => update(Object.fromEntries(rosterFilterKeys.map((k) => [k, undefined])))}
          >
            Clear filters
          </button>
        ) : null}
      </div>

      {experts.isPending ? (
        <Loading label="Loading experts…" />
      ) : experts.error && !data ? (
        <ProblemAlert error={experts.error} fallbackTitle="The experts could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No expert matches these filters.' : 'There are no experts on the roster yet.'}>
          {filtered ? <p>Try other filters, or clear them.</p> : null}
        </EmptyState>
      ) : data ? (
        <div className="results" aria-busy={experts.isFetching || undefined}>
          {experts.error ? <ProblemAlert error={experts.error} fallbackTitle="The experts could not be refreshed" /> : null}
          <p className="result-count" role="status">
            Showing {(data.page - 1) * data.pageSize + 1}–{(data.page - 1) * data.pageSize + data.items.length} of {data.total} experts
          </p>
          <table className="data-table">
            <caption className="visually-hidden">Experts</caption>
            <thead>
              <tr>
                <th scope="col">Expert</th>
                <th scope="col">Home administration</th>
                <th scope="col">Accreditations</th>
                <th scope="col">Topics</th>
                <th scope="col">Languages</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((expert) => (
                <tr key={expert.id}>
                  <th scope="row" className="row-header">
                    <Link to={`/experts/${expert.id}`}>{expert.name}</Link>
                  </th>
                  <td>
                    {homeAdministration(expert)}
                    <br />
                    <span className="muted small">{label(originLabels, expert.origin)}</span>
                  </td>
                  <td>
                    {expert.accreditations.length === 0 ? (
                      <span className="muted">None</span>
                    ) : (
                      <ul className="badge-list">
                        {expert.accreditations.map((a) => (
                          <li key={a.id}>
                            <AccreditationBadge status={a.status} /> <span className="small">{label(accreditationCategoryLabels, a.category)}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{expert.topics.length ? expert.topics.map((t) => t.code).join(', ') : <span className="muted">—</span>}</td>
                  <td>{expert.languages.length ? expert.languages.join(', ') : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            totalCount={data.total}
            itemsLabel="Experts"
            onPageChange={(page) => update({ page: page > 1 ? page : undefined }, false)}
          />
        </div>
      ) : null}
    </>
  );
}
