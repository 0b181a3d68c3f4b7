import { useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { regionsQueryOptions, subRegionsQueryOptions } from '@/lib/api/reference-data';
import { useCan } from '@/lib/auth/current-user';
import { SubRegionEditor } from '../components/sub-region-editor';

export function SubRegionsRoute() {
  useDocumentTitle('Sub-regions');
  const subRegions = useQuery(subRegionsQueryOptions());
  const regions = useQuery(regionsQueryOptions());
  const canWrite = useCan()('reference-data:write');
  const [editingId, setEditingId] = useState<number | null>(null);
  const [message, setMessage] = useState<string>();
  const returnFocusTo = useRef<number | null>(null);

  // When an inline edit closes, give focus back to the button that opened it.
  useEffect(() => {
    if (editingId === null && returnFocusTo.current !== null) {
      document.getElementById(`edit-sub-region-${returnFocusTo.current}`)?.focus();
      returnFocusTo.current = null;
    }
  }, [editingId]);

  const close = (id: number) => {
    returnFocusTo.current = id;
    setEditingId(null);
  };

  const regionName = (code: string) => regions.data?.find((r) => r.code === code)?.name ?? code;

  return (
    <>
      <h1>Sub-regions</h1>
      <p className="lead">Each sub-region has an ROCB programme manager who works with its Members.</p>
      {message ? (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      ) : null}
      {subRegions.isPending ? (
        <Loading label="Loading the sub-regions…" />
      ) : subRegions.error ? (
        <ProblemAlert error={subRegions.error} fallbackTitle="The sub-regions could not be loaded" />
      ) : subRegions.data.length === 0 ? (
        <EmptyState title="There are no sub-regions yet." />
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Sub-regions with their programme managers and Member counts</caption>
          <thead>
            <tr>
              <th scope="col" className="col-code">
                Code
              </th>
              <th scope="col">Name</th>
              <th scope="col">Region</th>
              <th scope="col">Programme manager</th>
              <th scope="col" className="col-number">
                Members
              </th>
              {canWrite ? (
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {subRegions.data.map((s) => (
              <Fragment key={s.id}>
                <tr>
                  <td className="col-code">
                    <code>{s.code}</code>
                  </td>
                  <th scope="row" className="row-header">
                    {s.name}
                  </th>
                  <td>{regionName(s.regionCode)}</td>
                  <td>{s.programmeManager ?? <span className="muted">not assigned</span>}</td>
                  <td className="col-number">
                    <Link to={`/admin/members?subRegionId=${s.id}`} aria-label={`${s.memberCount} Members in ${s.name}`}>
                      {s.memberCount}
                    </Link>
                  </td>
                  {canWrite ? (
                  <td>
                    <button
                      type="button"
                      id={`edit-sub-region-${s.id}`}
                      className="button button-secondary button-small"
                      aria-label={`${editingId === s.id ? 'Close' : 'Edit'} ${s.name}`}
                      aria-expanded={editingId === s.id}
                      aria-controls={editingId === s.id ? `sub-region-editor-${s.id}` : undefined}
                      onClick={() => {
                        setMessage(undefined);
                        if (editingId === s.id) close(s.id);
                        else setEditingId(s.id);
                      }}
                    >
                      {editingId === s.id ? 'Close' : 'Edit'}
                    </button>
                  </td>
                  ) : null}
                </tr>
                {canWrite && editingId === s.id ? (
                  <tr className="editing-row" id={`sub-region-editor-${s.id}`}>
                    <td colSpan={6}>
                      <SubRegionEditor
                        id={s.id}
                        onCancel={() => close(s.id)}
                        onSaved={(saved) => {
                          setMessage(`Saved ${saved.name}.`);
                          close(s.id);
                        }}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
