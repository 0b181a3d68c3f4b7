import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { subRegionsQueryOptions } from '@/lib/api/reference-data';
import { useCan } from '@/lib/auth/current-user';
import { membersQueryOptions } from '../api/get-members';
import { memberSorts, type MemberListParams, type MemberSort } from '../api/member-keys';
import { MemberGroups } from '../components/member-groups';

const pageSizes = [25, 50, 100, 200] as const;
const defaultPageSize = 50;

const sortLabels: Record<MemberSort, string> = {
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  code: 'Code (A–Z)',
  '-code': 'Code (Z–A)',
  subRegion: 'Sub-region',
};

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** Reads the list's state from the address, so it can be bookmarked and shared. */
export function paramsFromSearch(search: URLSearchParams): MemberListParams {
  const sort = search.get('sort');
  const pageSize = positiveInt(search.get('pageSize'));
  return {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: pageSizes.find((s) => s === pageSize) ?? defaultPageSize,
    sort: memberSorts.find((s) => s === sort) ?? 'name',
    subRegionId: positiveInt(search.get('subRegionId')),
    q: search.get('q')?.trim() || undefined,
  };
}

export function MembersRoute() {
  useDocumentTitle('Members');
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const params = paramsFromSearch(search);
  const members = useQuery(membersQueryOptions(params));
  const subRegions = useQuery(subRegionsQueryOptions());
  const canWrite = useCan()('reference-data:write');

  const update = (changes: Record<string, string | number | undefined>, resetPage = true) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (resetPage) next.delete('page');
    setSearch(next);
  };

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    update({ q: typeof q === 'string' ? q.trim() : undefined });
  };

  const filtered = params.subRegionId !== undefined || params.q !== undefined;
  const data = members.data;

  return (
    <>
      <div className="page-header">
        <h1>Members</h1>
        {canWrite ? (
          <Link className="button" to="/admin/members/new">
            Add a Member
          </Link>
        ) : null}
      </div>
      <p className="lead">The Customs administrations of the region, by sub-region.</p>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}

      <div className="filters">
        <div className="field">
          <label htmlFor="filter-sub-region">Sub-region</label>
          <select
            id="filter-sub-region"
            value={params.subRegionId ?? ''}
            onChange={(event) => update({ subRegionId: event.target.value })}
          >
            <option value="">All sub-regions</option>
            {subRegions.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.code})
              </option>
            ))}
          </select>
        </div>
        <form role="search" aria-label="Members" className="search-form" onSubmit={submitSearch}>
          <div className="field">
            <label htmlFor="filter-q">Search by name or code</label>
            <input id="filter-q" name="q" type="search" defaultValue={params.q ?? ''} key={params.q ?? ''} />
          </div>
          <button type="submit" className="button button-secondary">
            Search
          </button>
        </form>
        <div className="field">
          <label htmlFor="filter-sort">Sort by</label>
          <select id="filter-sort" value={params.sort} onChange={(event) => update({ sort: event.target.value }, false)}>
            {memberSorts.map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="button button-link" onClick={() => update({ subRegionId: undefined, q: undefined })}>
            Clear filters
          </button>
        ) : null}
      </div>

      {subRegions.error ? <ProblemAlert error={subRegions.error} fallbackTitle="The sub-regions could not be loaded" /> : null}

      {members.isPending ? (
        <Loading label="Loading Members…" />
      ) : members.error && !data ? (
        <ProblemAlert error={members.error} fallbackTitle="The Members could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No Member matches these filters.' : 'There are no Members yet.'}>
          {filtered ? (
            <p>Try another sub-region or search, or clear the filters.</p>
          ) : canWrite ? (
            <Link to="/admin/members/new">Add the first Member</Link>
          ) : null}
        </EmptyState>
      ) : data ? (
        <div className="results" aria-busy={members.isFetching || undefined}>
          {members.error ? <ProblemAlert error={members.error} fallbackTitle="The Members could not be refreshed" /> : null}
          <p className="result-count" role="status">
            Showing {(data.page - 1) * data.pageSize + 1}–{(data.page - 1) * data.pageSize + data.items.length} of{' '}
            {data.totalCount} Members
          </p>
          <MemberGroups members={data.items} subRegions={subRegions.data} />
          <div className="list-footer">
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              totalCount={data.totalCount}
              itemsLabel="Members"
              onPageChange={(page) => update({ page: page > 1 ? page : undefined }, false)}
            />
            <div className="field field-inline">
              <label htmlFor="page-size">Per page</label>
              <select id="page-size" value={params.pageSize} onChange={(event) => update({ pageSize: event.target.value })}>
                {pageSizes.map((s) => (
                  <option key={s} value={s}>
                    {s}
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
