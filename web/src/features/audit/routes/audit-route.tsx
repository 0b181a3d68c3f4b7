import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isForbidden } from '@/lib/api/problem';
import { auditEntriesQueryOptions, type AuditSearchParams } from '../api/search-audit-entries';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

const pageSize = 50;
const filterKeys = ['entity', 'entityId', 'actorId', 'action', 'from', 'to'] as const;

export function paramsFromSearch(search: URLSearchParams): AuditSearchParams {
  const page = Number(search.get('page'));
  const params: AuditSearchParams = { page: Number.isInteger(page) && page > 0 ? page : 1, pageSize };
  for (const key of filterKeys) {
    const value = search.get(key)?.trim();
    if (value) params[key] = value;
  }
  return params;
}

export function AuditRoute() {
  useDocumentTitle('Audit log');
  const [search, setSearch] = useSearchParams();
  const params = paramsFromSearch(search);
  const entries = useQuery(auditEntriesQueryOptions(params));

  if (isForbidden(entries.error)) return <NoAccess error={entries.error} what="the audit log" />;

  const apply = (filters: Partial<AuditSearchParams>) => {
    const next = new URLSearchParams();
    if (params.actorId) next.set('actorId', params.actorId);
    for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') next.set(key, String(value));
    setSearch(next);
  };

  const filtered = filterKeys.some((key) => params[key] !== undefined);
  const data = entries.data;
  const recordFilter = params.entity && params.entityId ? `${params.entity} ${params.entityId}` : undefined;

  return (
    <>
      <h1>Audit log</h1>
      <p className="lead">Every change to Rocb&apos;s records: who made it, when, and the values before and after.</p>
      {/* Keyed on the address, so a "History" link resets the form to its filters. */}
      <AuditFilters key={search.toString()} initial={params} onApply={apply} onClear={filtered ? () => setSearch(new URLSearchParams()) : undefined} />
      {params.actorId ? (
        <p className="notice">
          Only changes made by <code>{params.actorId}</code>.{' '}
          <button
            type="button"
            className="button button-link"
            onClick={() => {
              const next = new URLSearchParams(search);
              next.delete('actorId');
              next.delete('page');
              setSearch(next);
            }}
          >
            Show everyone&apos;s
          </button>
        </p>
      ) : null}

      {entries.isPending ? (
        <Loading label="Loading the audit log…" />
      ) : entries.error && !data ? (
        <ProblemAlert error={entries.error} fallbackTitle="The audit log could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No change matches these filters.' : 'Nothing has been recorded yet.'} />
      ) : data ? (
        <div className="results" aria-busy={entries.isFetching || undefined}>
          {entries.error ? <ProblemAlert error={entries.error} fallbackTitle="The audit log could not be refreshed" /> : null}
          <p className="result-count" role="status">
            {recordFilter ? `History of ${recordFilter}: ` : ''}
            Showing {(data.page - 1) * data.pageSize + 1}–{(data.page - 1) * data.pageSize + data.items.length} of {data.totalCount} changes, newest first
          </p>
          <AuditTable entries={data.items} />
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            totalCount={data.totalCount}
            itemsLabel="Audit entries"
            onPageChange={(page) => {
              const next = new URLSearchParams(search);
              if (page > 1) next.set('page', String(page));
              else next.delete('page');
              setSearch(next);
            }}
          />
        </div>
      ) : null}
    </>
  );
}
