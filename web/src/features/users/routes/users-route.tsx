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
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { roleLabel, roleLabels, roles } from '@/lib/auth/roles';
import { usersQueryOptions } from '../api/get-users';
import type { UserListParams } from '../api/user-keys';
import { UserStatus } from '../components/user-status';

const pageSize = 50;

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** Reads the list's state from the address, so it can be bookmarked and shared. */
export function paramsFromSearch(search: URLSearchParams): UserListParams {
  return {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize,
    q: search.get('q')?.trim() || undefined,
    role: search.get('role') || undefined,
    memberId: positiveInt(search.get('memberId')),
  };
}

export function UsersRoute() {
  useDocumentTitle('Users');
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const params = paramsFromSearch(search);
  const users = useQuery(usersQueryOptions(params));
  const members = useQuery(memberOptionsQueryOptions());

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

  if (isForbidden(users.error)) return <NoAccess error={users.error} what="the users" />;

  const filtered = params.q !== undefined || params.role !== undefined || params.memberId !== undefined;
  const data = users.data;

  return (
    <>
      <div className="page-header">
        <h1>Users</h1>
        <Link className="button" to="/admin/users/new">
          Add a user
        </Link>
      </div>
      <p className="lead">Who can sign in to Rocb, with which role.</p>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}

      <div className="filters">
        <form role="search" aria-label="Users" className="search-form" onSubmit={submitSearch}>
          <div className="field">
            <label htmlFor="filter-q">Search by name or email</label>
            <input id="filter-q" name="q" type="search" defaultValue={params.q ?? ''} key={params.q ?? ''} />
          </div>
          <button type="submit" className="button button-secondary">
            Search
          </button>
        </form>
        <div className="field">
          <label htmlFor="filter-role">Role</label>
          <select id="filter-role" value={params.role ?? ''} onChange={(event) => update({ role: event.target.value })}>
            <option value="">All roles</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-member">Member</label>
          <select id="filter-member" value={params.memberId ?? ''} onChange={(event) => update({ memberId: event.target.value })}>
            <option value="">Any Member</option>
            {members.data?.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="button button-link" onClick={() => update({ q: undefined, role: undefined, memberId: undefined })}>
            Clear filters
          </button>
        ) : null}
      </div>

      {members.error ? <ProblemAlert error={members.error} fallbackTitle="The Members could not be loaded" /> : null}

      {users.isPending ? (
        <Loading label="Loading users…" />
      ) : users.error && !data ? (
        <ProblemAlert error={users.error} fallbackTitle="The users could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No user matches these filters.' : 'There are no users yet.'}>
          {filtered ? <p>Try another search, role or Member, or clear the filters.</p> : null}
        </EmptyState>
      ) : data ? (
        <div className="results" aria-busy={users.isFetching || undefined}>
          {users.error ? <ProblemAlert error={users.error} fallbackTitle="The users could not be refreshed" /> : null}
          <p className="result-count" role="status">
            Showing {(data.page - 1) * data.pageSize + 1}–{(data.page - 1) * data.pageSize + data.items.length} of {data.totalCount} users
          </p>
          <table className="data-table">
            <caption className="visually-hidden">Users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Member</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className="row-header">
                    <Link to={`/admin/users/${user.id}`}>{user.displayName}</Link>
                  </th>
                  <td className="break-all">{user.email}</td>
                  <td>{roleLabel(user.role)}</td>
                  <td>{user.memberName ? `${user.memberName} (${user.memberCode})` : <span className="muted">—</span>}</td>
                  <td>
                    <UserStatus user={user} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            totalCount={data.totalCount}
            itemsLabel="Users"
            onPageChange={(page) => update({ page: page > 1 ? page : undefined }, false)}
          />
        </div>
      ) : null}
    </>
  );
}
