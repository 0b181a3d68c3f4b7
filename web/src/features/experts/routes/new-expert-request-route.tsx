import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { NoAccess } from '@/components/ui/no-access';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { fieldErrorsOf } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useCreateExpertRequest } from '../api/mutations';
import { activityBriefQueryOptions } from '../api/queries';
import { topicsQueryOptions } from '@/lib/api/topics';
import type { AccreditationCategory, AccreditationNeed, ActivityMode } from '../api/types';
import '../experts.css';
import { accreditationCategories, accreditationCategoryLabels, hasPermission } from '../utils/labels';
import { groupTopics } from '../utils/topics';

const fieldLabels: Record<string, string> = {
  activityId: 'Activity',
  title: 'Title',
  topicIds: 'Topics',
  startsOn: 'First day',
  endsOn: 'Last day',
  place: 'Place',
  mode: 'Mode',
  language: 'Working language',
  expertsNeeded: 'Experts needed',
  accreditation: 'Accreditation',
  category: 'Category',
  requestingMemberId: 'Requesting Member',
  funding: 'Funding',
  note: 'Note',
};

export function NewExpertRequestRoute() {
  const { data: user } = useCurrentUser();
  if (user && !hasPermission(user, 'deployments:manage')) return <NoAccess what="the form to record an expert request" />;
  return <NewExpertRequestForm />;
}

function NewExpertRequestForm() {
  useDocumentTitle('New expert request');
  const navigate = useNavigate();
  const create = useCreateExpertRequest();
  const topics = useQuery(topicsQueryOptions());
  const members = useQuery(memberOptionsQueryOptions());
  const [topicIds, setTopicIds] = useState<number[]>([]);
  const [topicFilter, setTopicFilter] = useState('');
  const topicGroups = groupTopics(topics.data ?? [], { filter: topicFilter, keep: new Set(topicIds) });
  const errors = fieldErrorsOf(create.error);
  // From an activity's page (?activityId=…): the request belongs to that activity, its dates and title by default.
  const [search] = useSearchParams();
  const activityId = Number(search.get('activityId')) > 0 ? Number(search.get('activityId')) : undefined;
  const activity = useQuery({ ...activityBriefQueryOptions(activityId ?? 0), enabled: activityId !== undefined });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const memberId = Number(text('requestingMemberId'));
    create.mutate(
      {
        title: text('title') || null,
        activityId: activityId ?? null,
        topicIds,
        startsOn: text('startsOn'),
        endsOn: text('endsOn'),
        place: text('place') || null,
        mode: (text('mode') || 'in-person') as ActivityMode,
        language: text('language').toLowerCase() || null,
        expertsNeeded: Number(text('expertsNeeded')) || 1,
        accreditation: (text('accreditation') || 'preferred') as AccreditationNeed,
        category: (text('category') || null) as AccreditationCategory | null,
        isDiagnostic: form.get('isDiagnostic') === 'on',
        requestingMemberId: memberId > 0 ? memberId : null,
        funding: text('funding') || null,
        note: text('note') || null,
      },
      { onSuccess: (saved) => void navigate(`/expert-requests/${saved.id}`, { state: { flash: `Request “${saved.title}” recorded.` } }) },
    );
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/expert-requests">Expert requests</Link>
      </p>
      <h1>New expert request</h1>
      {activityId !== undefined && activity.error ? <ProblemAlert error={activity.error} fallbackTitle="The activity could not be loaded" /> : null}
      <form key={activity.data?.id ?? 'none'} className="form" onSubmit={submit} noValidate aria-labelledby="new-request-legend">
        <p id="new-request-legend" className="lead">
          What the experts are needed for; the candidates are ranked once it is recorded.
        </p>
        <FormProblem error={create.error} entityName="request" fieldLabels={fieldLabels} idPrefix="request" />
        {activity.data ? (
          <p className="notice">
            For the activity <Link to={`/activities/${activity.data.id}`}>{activity.data.title}</Link>; the title defaults to the activity&apos;s.
          </p>
        ) : null}
        <TextField id="request-title" name="title" label="Title" errors={errors.title} />
        <fieldset
          className={`field${errors.topicIds?.length ? ' field-invalid' : ''}`}
          id="request-topicIds"
          tabIndex={-1}
          aria-describedby={['request-topics-hint', errors.topicIds?.length ? 'request-topicIds-error' : ''].join(' ').trim()}
        >
          <legend>
            Topics<span className="required"> (required)</span>
          </legend>
          {errors.topicIds?.length ? (
            <p id="request-topicIds-error" className="field-error">
              {errors.topicIds.join(' ')}
            </p>
          ) : null}
          <p id="request-topics-hint" className="field-hint">
            From the topic list, by package ({topicIds.length} chosen).
          </p>
          <div className="field field-inline">
            <label htmlFor="request-topic-filter">Find a topic</label>
            <input id="request-topic-filter" type="search" value={topicFilter} onChange={(e) => setTopicFilter(e.target.value)} />
          </div>
          {topics.isPending ? <p className="muted">Loading topics…</p> : null}
          {topics.error ? <ProblemAlert error={topics.error} fallbackTitle="The topic list could not be loaded" /> : null}
          {!topics.isPending && topicGroups.length === 0 ? (
            <p className="muted">{topicFilter ? `No topic matches “${topicFilter}”.` : 'No topic is listed.'}</p>
          ) : null}
          {topicGroups.map((group) => (
            <fieldset key={group.package} className="choice-group">
              <legend>{group.label}</legend>
              {group.topics.map((t) => (
                <CheckboxField
                  key={t.id}
                  id={`request-topic-${t.id}`}
                  label={`${t.code}: ${t.name}`}
                  checked={topicIds.includes(t.id)}
                  onChange={(e) => setTopicIds((ids) => (e.target.checked ? [...ids, t.id] : ids.filter((x) => x !== t.id)))}
                />
              ))}
            </fieldset>
          ))}
        </fieldset>
        <TextField
          id="request-startsOn"
          name="startsOn"
          type="date"
          label="First day"
          required
          defaultValue={activity.data?.startsOn ?? undefined}
          errors={errors.startsOn}
        />
        <TextField
          id="request-endsOn"
          name="endsOn"
          type="date"
          label="Last day"
          required
          hint="Not before the first day."
          defaultValue={activity.data?.endsOn ?? activity.data?.startsOn ?? undefined}
          errors={errors.endsOn}
        />
        <TextField id="request-place" name="place" label="Place" errors={errors.place} />
        <SelectField id="request-mode" name="mode" label="Mode" defaultValue="in-person" errors={errors.mode}>
          <option value="in-person">In person</option>
          <option value="virtual">Virtual</option>
          <option value="hybrid">Hybrid</option>
        </SelectField>
        <TextField id="request-language" name="language" label="Working language" hint="ISO 639-1 code, e.g. en." size={4} errors={errors.language} />
        <TextField id="request-expertsNeeded" name="expertsNeeded" type="number" min={1} defaultValue={1} label="Experts needed" errors={errors.expertsNeeded} />
        <SelectField id="request-accreditation" name="accreditation" label="Accreditation" defaultValue="preferred" errors={errors.accreditation}>
          <option value="required">Required</option>
          <option value="preferred">Preferred</option>
          <option value="not-needed">Not needed</option>
        </SelectField>
        <SelectField id="request-category" name="category" label="Category" defaultValue="" errors={errors.category}>
          <option value="">Any category</option>
          {accreditationCategories.map((c) => (
            <option key={c} value={c}>
              {accreditationCategoryLabels[c]}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id="request-isDiagnostic"
          name="isDiagnostic"
          label="Diagnostic mission (experts from the requesting administration have a conflict of interest)"
          defaultChecked={activity.data?.type === 'diagnostic-mission' || activity.data?.type === 'scoping-mission'}
        />
        <SelectField id="request-requestingMemberId" name="requestingMemberId" label="Requesting Member" defaultValue="" errors={errors.requestingMemberId}>
          <option value="">None</option>
          {members.data?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.code})
            </option>
          ))}
        </SelectField>
        <TextField id="request-funding" name="funding" label="Funding" errors={errors.funding} />
        <TextAreaField id="request-note" name="note" label="Note" errors={errors.note} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Record request'}
          </button>
          <Link to="/expert-requests" className="button button-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
