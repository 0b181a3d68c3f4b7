import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { fieldErrorsOf, isApiError, isForbidden } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDay } from '@/lib/format';
import { useRecordDonorRequest, useSetDonorRequestOutcome } from '../api/mutations';
import {
  deploymentBoardQueryOptions,
  donorCountsQueryOptions,
  donorRequestsQueryOptions,
  expertRequestsQueryOptions,
  expertsQueryOptions,
} from '../api/queries';
import type { DeploymentStatus, DonorOutcome, DonorRequest } from '../api/types';
import '../experts.css';
import { answeredOnFor, donorSummary, localDay } from '../utils/donor-summary';
import { donorOutcomeLabels, donorOutcomes, hasPermission, label } from '../utils/labels';

const fieldLabels: Record<string, string> = {
  memberId: 'Member administration',
  administration: 'Other administration',
  expertRequestId: 'Expert request',
  expertId: 'Expert',
  sentOn: 'Sent on',
  outcome: 'Outcome',
  answeredOn: 'Answered on',
  deploymentId: 'Released for deployment',
  note: 'Note',
};

/** States in which a deployment may have been released by the expert's administration. */
const linkable: DeploymentStatus[] = ['accepted', 'released', 'confirmed', 'completed'];

const administrationOf = (r: DonorRequest) => r.member?.name ?? r.administration ?? '—';

export function DonorRequestsRoute() {
  const { data: user } = useCurrentUser();
  if (user && !hasPermission(user, 'deployments:manage')) return <NoAccess what="the donor release requests" />;
  return <DonorRequestsPage />;
}

function DonorRequestsPage() {
  useDocumentTitle('Donor requests');
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const filter = search.get('outcome') ?? '';
  const list = useQuery(
    donorRequestsQueryOptions({ page, pageSize: 50, outcome: filter && filter !== 'pending' ? filter : undefined, pending: filter === 'pending' ? true : undefined }),
  );
  const counts = useQuery(donorCountsQueryOptions());
  const [message, setMessage] = useState<string>();

  const update = (key: string, value: string | undefined, resetPage = true) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (resetPage) next.delete('page');
    setSearch(next);
  };

  if (isForbidden(list.error)) return <NoAccess error={list.error} what="the donor release requests" />;
  const data = list.data;
  const summary = counts.data ? donorSummary(counts.data) : undefined;

  return (
    <>
      <h1>Donor requests</h1>
      <p className="lead">Requests to administrations to release their experts for a deployment, and what they answered.</p>
      <section aria-labelledby="donor-summary-title" className="section">
        <h2 id="donor-summary-title" className="visually-hidden">
          Summary
        </h2>
        {summary ? (
          <p className="summary-line" data-testid="donor-summary">
            {summary.text}
          </p>
        ) : counts.error ? (
          <ProblemAlert error={counts.error} fallbackTitle="The summary could not be loaded" />
        ) : (
          <Loading label="Counting the answers…" />
        )}
        <p className="muted small">Met: the administration released the expert. Requests still waiting are not counted.</p>
      </section>

      <p role="status" className={message ? 'alert alert-success' : 'visually-hidden'}>
        {message}
      </p>

      <RecordDonorRequestForm onRecorded={setMessage} />

      <section className="section" aria-labelledby="donor-list-title">
        <h2 id="donor-list-title">Requests</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="filter-donor-outcome">Outcome</label>
            <select id="filter-donor-outcome" value={filter} onChange={(e) => update('outcome', e.target.value)}>
              <option value="">Any outcome</option>
              <option value="pending">Waiting for an answer</option>
              {donorOutcomes.map((o) => (
                <option key={o} value={o}>
                  {donorOutcomeLabels[o]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {list.isPending ? (
          <Loading label="Loading donor requests…" />
        ) : list.error && !data ? (
          <ProblemAlert error={list.error} fallbackTitle="The donor requests could not be loaded" />
        ) : data && data.items.length === 0 ? (
          <EmptyState title={filter ? 'No donor request has this outcome.' : 'No donor request is recorded yet.'} />
        ) : data ? (
          <div className="results" aria-busy={list.isFetching || undefined}>
            <table className="data-table">
              <caption className="visually-hidden">Donor requests</caption>
              <thead>
                <tr>
                  <th scope="col">Administration</th>
                  <th scope="col">Sent on</th>
                  <th scope="col">For</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Note</th>
                  <th scope="col">Record the answer</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <DonorRequestRow key={r.id} request={r} onChanged={setMessage} />
                ))}
              </tbody>
            </table>
            <Pager page={data.page} pageSize={data.pageSize} totalCount={data.total} itemsLabel="Donor requests" onPageChange={(p) => update('page', p > 1 ? String(p) : undefined, false)} />
          </div>
        ) : null}
      </section>
    </>
  );
}

function DonorRequestRow({ request: r, onChanged }: { request: DonorRequest; onChanged: (message: string) => void }) {
  const setOutcome = useSetDonorRequestOutcome();
  const who = administrationOf(r);
  const deployments = useQuery(deploymentBoardQueryOptions());
  const [linkTo, setLinkTo] = useState('');
  // Deployments this request may have released the expert for: the same expert (or request), once the expert accepted.
  const candidates = (deployments.data?.items ?? []).filter(
    (d) =>
      linkable.includes(d.status) &&
      (r.expertId ? d.expertId === r.expertId : true) &&
      (r.expertRequestId ? d.requestId === r.expertRequestId : true) &&
      (r.expertId || r.expertRequestId),
  );
  const choose = (outcome: DonorOutcome | null, deploymentId?: number) =>
    setOutcome.mutate(
      { request: r, input: { outcome, answeredOn: outcome ? (r.answeredOn ?? answeredOnFor(r.sentOn)) : null, note: null, deploymentId: deploymentId ?? null } },
      { onSuccess: (saved) => onChanged(`Request #${saved.id} to ${who}: ${saved.outcome ? label(donorOutcomeLabels, saved.outcome).toLowerCase() : 'waiting for an answer'}.`) },
    );
  return (
    <tr aria-label={`Request #${r.id} to ${who}`}>
      <th scope="row" className="row-header">
        {who}
      </th>
      <td>{formatDay(r.sentOn)}</td>
      <td>
        {r.expertRequestId ? <Link to={`/expert-requests/${r.expertRequestId}`}>Request #{r.expertRequestId}</Link> : null}
        {r.expertRequestId && r.expertId ? <br /> : null}
        {r.expertId ? <Link to={`/experts/${r.expertId}`}>Expert #{r.expertId}</Link> : null}
        {!r.expertRequestId && !r.expertId && !r.deployment ? <span className="muted">—</span> : null}
        {r.deployment ? (
          <p className="small">
            Released for deployment #{r.deployment.id} ({r.deployment.expertName}, {formatDay(r.deployment.startsOn)} – {formatDay(r.deployment.endsOn)})
          </p>
        ) : r.outcome === 'released' && candidates.length > 0 ? (
          <form
            className="inline-form"
            aria-label={`Link request #${r.id} to the deployment it released`}
            onSubmit={(e) => {
              e.preventDefault();
              if (linkTo) choose('released', Number(linkTo));
            }}
          >
            <div className="field">
              <label htmlFor={`donor-${r.id}-deployment`}>Released for deployment</label>
              <select id={`donor-${r.id}-deployment`} value={linkTo} onChange={(e) => setLinkTo(e.target.value)}>
                <option value="">Choose…</option>
                {candidates.map((d) => (
                  <option key={d.id} value={d.id}>
                    #{d.id} {d.expertName}, {d.startsOn} ({d.status})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-small" disabled={!linkTo || setOutcome.isPending}>
              Link
            </button>
          </form>
        ) : null}
      </td>
      <td>
        {r.outcome ? (
          <>
            {label(donorOutcomeLabels, r.outcome)}
            {r.answeredOn ? <span className="muted small"> · {formatDay(r.answeredOn)}</span> : null}
          </>
        ) : (
          <span className="muted">Waiting</span>
        )}
      </td>
      <td>{r.note ?? <span className="muted">—</span>}</td>
      <td>
        <div className="actions">
          {donorOutcomes.map((o) => (
            <button
              key={o}
              type="button"
              className={`button button-small${r.outcome === o ? '' : ' button-secondary'}`}
              aria-pressed={r.outcome === o}
              disabled={setOutcome.isPending || r.outcome === o}
              onClick={() => choose(o)}
            >
              {donorOutcomeLabels[o]}
              <span className="visually-hidden"> (request #{r.id} to {who})</span>
            </button>
          ))}
          {r.outcome ? (
            <button type="button" className="button button-small button-link" disabled={setOutcome.isPending} onClick={() => choose(null)}>
              Still waiting<span className="visually-hidden"> (request #{r.id} to {who})</span>
            </button>
          ) : null}
        </div>
        {setOutcome.error ? (
          isApiError(setOutcome.error) && setOutcome.error.status === 412 ? (
            <p className="field-error" role="alert">
              Someone else changed this request; the list has been reloaded, look again before you answer.
            </p>
          ) : (
            <ProblemAlert error={setOutcome.error} fallbackTitle="The answer was not recorded" />
          )
        ) : null}
      </td>
    </tr>
  );
}

function RecordDonorRequestForm({ onRecorded }: { onRecorded: (message: string) => void }) {
  const record = useRecordDonorRequest();
  const members = useQuery(memberOptionsQueryOptions());
  const requests = useQuery(expertRequestsQueryOptions({ page: 1, pageSize: 200 }));
  const experts = useQuery(expertsQueryOptions({ page: 1, pageSize: 200 }));
  const deployments = useQuery(deploymentBoardQueryOptions());
  const [kind, setKind] = useState<'member' | 'other'>('member');
  const [formKey, setFormKey] = useState(0);
  const errors = fieldErrorsOf(record.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const id = (k: string) => (Number(text(k)) > 0 ? Number(text(k)) : null);
    const outcome = (text('outcome') || null) as DonorOutcome | null;
    record.mutate(
      {
        memberId: kind === 'member' ? id('memberId') : null,
        administration: kind === 'other' ? text('administration') || null : null,
        expertRequestId: id('expertRequestId'),
        expertId: id('expertId'),
        sentOn: text('sentOn'),
        outcome,
        answeredOn: outcome ? text('answeredOn') || null : null,
        deploymentId: outcome === 'released' ? id('deploymentId') : null,
        note: text('note') || null,
      },
      {
        onSuccess: (saved) => {
          onRecorded(`Request #${saved.id} to ${administrationOf(saved)} recorded.`);
          setFormKey((k) => k + 1);
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="record-donor-title">
      <h2 id="record-donor-title">Record a donor request</h2>
      <form key={formKey} className="form" onSubmit={submit} noValidate aria-labelledby="record-donor-title">
        <FormProblem error={record.error} entityName="donor request" fieldLabels={fieldLabels} idPrefix="donor" />
        <fieldset className="field">
          <legend>Administration asked</legend>
          <div className="field field-checkbox">
            <input type="radio" id="donor-kind-member" name="kind" checked={kind === 'member'} onChange={() => setKind('member')} />
            <label htmlFor="donor-kind-member">A Member administration</label>
          </div>
          <div className="field field-checkbox">
            <input type="radio" id="donor-kind-other" name="kind" checked={kind === 'other'} onChange={() => setKind('other')} />
            <label htmlFor="donor-kind-other">Another administration, by name</label>
          </div>
        </fieldset>
        {kind === 'member' ? (
          <SelectField id="donor-memberId" name="memberId" label="Member administration" required defaultValue="" errors={errors.memberId}>
            <option value="">Choose a Member…</option>
            {members.data?.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.code})
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField id="donor-administration" name="administration" label="Other administration" required hint="E.g. France." errors={errors.administration ?? errors.memberId} />
        )}
        <SelectField id="donor-expertRequestId" name="expertRequestId" label="Expert request" defaultValue="" errors={errors.expertRequestId}>
          <option value="">None</option>
          {requests.data?.items.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title} ({r.startsOn})
            </option>
          ))}
        </SelectField>
        <SelectField id="donor-expertId" name="expertId" label="Expert" defaultValue="" errors={errors.expertId}>
          <option value="">None</option>
          {experts.data?.items.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </SelectField>
        <TextField id="donor-sentOn" name="sentOn" type="date" label="Sent on" required defaultValue={localDay()} errors={errors.sentOn} />
        <SelectField id="donor-outcome" name="outcome" label="Outcome" defaultValue="" errors={errors.outcome}>
          <option value="">Waiting for an answer</option>
          {donorOutcomes.map((o) => (
            <option key={o} value={o}>
              {donorOutcomeLabels[o]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="donor-deploymentId"
          name="deploymentId"
          label="Released for deployment"
          hint="With the outcome released: the deployment the administration released the expert for."
          defaultValue=""
          errors={errors.deploymentId}
        >
          <option value="">None</option>
          {deployments.data?.items
            .filter((d) => linkable.includes(d.status))
            .map((d) => (
              <option key={d.id} value={d.id}>
                #{d.id} {d.expertName}, {d.startsOn} ({d.status})
              </option>
            ))}
        </SelectField>
        <TextField id="donor-answeredOn" name="answeredOn" type="date" label="Answered on" hint="With an outcome; the day it was sent if left empty." errors={errors.answeredOn} />
        <TextAreaField id="donor-note" name="note" label="Note" errors={errors.note} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={record.isPending}>
            {record.isPending ? 'Saving…' : 'Record donor request'}
          </button>
        </div>
      </form>
    </section>
  );
}
