import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isForbidden } from '@/lib/api/problem';
import type { ApiKey, CreatedApiKey } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { apiKeysQueryOptions, useCreateApiKey, useRevokeApiKey } from '../api/api-keys';
import { CreateKeyForm } from '../components/create-key-form';
import { NewKeyPanel } from '../components/new-key-panel';
import { RevokeKey } from '../components/revoke-key';

const pageSize = 50;

function keyStatus(key: ApiKey, now = Date.now()): string {
  if (key.revokedAt) return `Revoked ${formatDateTime(key.revokedAt)}`;
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'Expired';
  return 'Active';
}

export function ApiKeysRoute() {
  useDocumentTitle('API keys');
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const includeRevoked = search.get('revoked') === '1';
  const keys = useQuery(apiKeysQueryOptions({ page, pageSize, includeRevoked }));
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [message, setMessage] = useState<string>();
  const createButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const focusMessage = useRef(false);

  // After a revoke the row may be gone: focus lands on the message that says what happened.
  useEffect(() => {
    if (message && focusMessage.current) {
      focusMessage.current = false;
      messageRef.current?.focus();
    }
  }, [message]);

  // When the form or the new key's panel closes, focus goes back to the button that opened the form.
  useEffect(() => {
    if (!creating && !created && returnFocus.current) {
      returnFocus.current = false;
      createButton.current?.focus();
    }
  }, [creating, created]);

  if (isForbidden(keys.error)) return <NoAccess error={keys.error} what="the API keys" />;

  const setParam = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setSearch(next);
  };

  const data = keys.data;

  return (
    <>
      <div className="page-header">
        <h1>API keys</h1>
        {!creating && !created ? (
          <button
            ref={createButton}
            type="button"
            className="button"
            aria-expanded={false}
            onClick={() => {
              setMessage(undefined);
              create.reset();
              setCreating(true);
            }}
          >
            Create an API key
          </button>
        ) : null}
      </div>
      <p className="lead">Keys let other systems call the Rocb API, limited to the scopes they are given.</p>

      {creating ? (
        <section className="panel" aria-labelledby="create-key-heading">
          <h2 id="create-key-heading">Create an API key</h2>
          <CreateKeyForm
            pending={create.isPending}
            error={create.error}
            onCancel={() => {
              returnFocus.current = true;
              setCreating(false);
            }}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (result) => {
                  setCreating(false);
                  setCreated(result);
                },
              })
            }
          />
        </section>
      ) : null}

      {created ? (
        <NewKeyPanel
          created={created}
          onDone={() => {
            setMessage(`Created the key “${created.apiKey.name}”.`);
            returnFocus.current = true;
            setCreated(null);
            create.reset();
          }}
        />
      ) : null}

      {message ? (
        <p ref={messageRef} tabIndex={-1} className="alert alert-success" role="status">
          {message}
        </p>
      ) : null}
      {revoke.error ? <ProblemAlert error={revoke.error} fallbackTitle="The key was not revoked" /> : null}

      <div className="filters">
        <div className="field field-checkbox">
          <input
            id="show-revoked"
            type="checkbox"
            checked={includeRevoked}
            onChange={(event) => setParam({ revoked: event.target.checked ? '1' : undefined, page: undefined })}
          />
          <label htmlFor="show-revoked">Show revoked keys</label>
        </div>
      </div>

      {keys.isPending ? (
        <Loading label="Loading API keys…" />
      ) : keys.error && !data ? (
        <ProblemAlert error={keys.error} fallbackTitle="The API keys could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={includeRevoked ? 'There are no API keys.' : 'There are no active API keys.'} />
      ) : data ? (
        <div className="results" aria-busy={keys.isFetching || undefined}>
          <table className="data-table api-keys-table">
            <caption className="visually-hidden">API keys{includeRevoked ? ', revoked ones included' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Prefix</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col" className="col-actions-wide">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((key) => (
                <tr key={key.id}>
                  <th scope="row" className="row-header">
                    {key.name}
                  </th>
                  <td>
                    <code>{key.prefix}</code>
                  </td>
                  <td>
                    <ul className="badge-list">
                      {key.scopes.map((scope) => (
                        <li key={scope}>
                          <Badge>{scope}</Badge>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{formatDateTime(key.createdAt)}</td>
                  <td>{key.expiresAt ? formatDateTime(key.expiresAt) : <span className="muted">never</span>}</td>
                  <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : <span className="muted">never</span>}</td>
                  <td>{keyStatus(key)}</td>
                  <td>
                    {key.revokedAt ? null : (
                      <RevokeKey
                        apiKey={key}
                        confirming={confirmingId === key.id}
                        pending={revoke.isPending && revoke.variables === key.id}
                        onAsk={() => {
                          revoke.reset();
                          setMessage(undefined);
                          setConfirmingId(key.id);
                        }}
                        onCancel={() => {
                          setConfirmingId(null);
                          // Back to the button that asked.
                          requestAnimationFrame(() => document.getElementById(`revoke-${key.id}`)?.focus());
                        }}
                        onConfirm={() =>
                          revoke.mutate(key.id, {
                            onSuccess: () => {
                              setConfirmingId(null);
                              focusMessage.current = true;
                              setMessage(`Revoked the key “${key.name}”.`);
                            },
                          })
                        }
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            totalCount={data.totalCount}
            itemsLabel="API keys"
            onPageChange={(p) => setParam({ page: p > 1 ? String(p) : undefined })}
          />
        </div>
      ) : null}
    </>
  );
}
