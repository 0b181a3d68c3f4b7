import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { topicsQueryOptions } from '@/lib/api/topics';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { fieldErrorsOf } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { todayIso } from '@/lib/format';
import { needsCyclesQueryOptions, useCreateNeedsCycle } from '../api/needs';
import { MembersChecklist } from '../components/members-checklist';
import { TopicChecklist } from '../components/topic-checklist';
import { defaultCycleValues, toCreateCycleInput, type CycleFormValues } from '../utils/cycle-form';
import '../needs.css';

const idPrefix = 'new-cycle';
const fieldLabels: Record<string, string> = {
  name: 'Name',
  fiscalYear: 'Fiscal year planned for',
  opensOn: 'Opens on',
  closesOn: 'Closes on',
  coordinators: 'Coordinators',
  copyFromCycleId: 'Copy from',
  topicIds: 'Topics',
  customQuestions: 'Custom questions',
  memberIds: 'Members asked',
};

export function NewNeedsCycleRoute() {
  useDocumentTitle('New needs survey');
  const cycles = useQuery(needsCyclesQueryOptions(1));
  if (cycles.isPending) return <Loading label="Loading the survey cycles…" />;
  if (cycles.error) return <ProblemAlert error={cycles.error} fallbackTitle="The survey cycles could not be loaded" />;
  // The list is newest first: the last cycle is the first that is not the example.
  const last = cycles.data.items.find((c) => !c.isExample) ?? cycles.data.items[0];
  return <NewCycleForm lastCycleId={last?.id} cycles={cycles.data.items} />;
}

function NewCycleForm({ lastCycleId, cycles }: { lastCycleId?: number; cycles: { id: number; name: string; isExample: boolean }[] }) {
  const navigate = useNavigate();
  const create = useCreateNeedsCycle();
  const [values, setValues] = useState<CycleFormValues>(() => defaultCycleValues(todayIso(), lastCycleId));
  const topics = useQuery({ ...topicsQueryOptions(), enabled: values.start === 'new' });
  const members = useQuery({ ...memberOptionsQueryOptions(), enabled: values.start === 'new' && !values.allMembers });
  const errors = fieldErrorsOf(create.error);
  const set = (patch: Partial<CycleFormValues>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/needs">Needs surveys</Link>
      </p>
      <h1>New needs survey</h1>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(toCreateCycleInput(values), { onSuccess: (cycle) => navigate(`/needs/${cycle.id}`, { state: { message: `${cycle.name} was created as a draft.` } }) });
        }}
      >
        <FormProblem error={create.error} entityName="survey cycle" fieldLabels={fieldLabels} idPrefix={idPrefix} />
        <TextField id={`${idPrefix}-name`} label="Name" required value={values.name} errors={errors.name} onChange={(e) => set({ name: e.target.value })} />
        <TextField
          id={`${idPrefix}-fiscalYear`}
          label="Fiscal year planned for"
          hint="Its starting year: 2027 plans FY2027/28 (July to June)."
          inputMode="numeric"
          required
          value={values.fiscalYear}
          errors={errors.fiscalYear}
          onChange={(e) => set({ fiscalYear: e.target.value })}
        />
        <TextField id={`${idPrefix}-opensOn`} label="Opens on" type="date" required value={values.opensOn} errors={errors.opensOn} onChange={(e) => set({ opensOn: e.target.value })} />
        <TextField id={`${idPrefix}-closesOn`} label="Closes on" type="date" required value={values.closesOn} errors={errors.closesOn} onChange={(e) => set({ closesOn: e.target.value })} />
        <fieldset className="field">
          <legend>Questionnaire</legend>
          <div className="field field-checkbox">
            <input type="radio" id={`${idPrefix}-start-copy`} name="start" checked={values.start === 'copy'} disabled={cycles.length === 0} onChange={() => set({ start: 'copy' })} />
            <label htmlFor={`${idPrefix}-start-copy`}>Copy an earlier cycle (its questionnaire, Members asked and coordinators)</label>
          </div>
          <div className="field field-checkbox">
            <input type="radio" id={`${idPrefix}-start-new`} name="start" checked={values.start === 'new'} onChange={() => set({ start: 'new' })} />
            <label htmlFor={`${idPrefix}-start-new`}>Start from the topic list</label>
          </div>
        </fieldset>
        {values.start === 'copy' ? (
          <SelectField
            id={`${idPrefix}-copyFromCycleId`}
            label="Copy from"
            value={values.copyFromCycleId}
            errors={errors.copyFromCycleId}
            onChange={(e) => set({ copyFromCycleId: e.target.value })}
          >
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.isExample ? ' (example data)' : ''}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <TextAreaField
              id={`${idPrefix}-coordinators`}
              label="Coordinators"
              hint="One a line, e.g. “Japan Customs (regional coordinator)”."
              rows={2}
              value={values.coordinators}
              errors={errors.coordinators}
              onChange={(e) => set({ coordinators: e.target.value })}
        />
            {topics.isPending ? (
              <Loading label="Loading the topics…" />
            ) : topics.error ? (
              <ProblemAlert error={topics.error} fallbackTitle="The topics could not be loaded" />
            ) : (
              <TopicChecklist
                idPrefix={`${idPrefix}-topicIds`}
                legend="Topics asked about"
                topics={topics.data}
                selected={values.topicIds}
                errors={errors.topicIds}
                onChange={(topicIds) => set({ topicIds })}
              />
            )}
            <TextAreaField
              id={`${idPrefix}-customQuestions`}
              label="Custom questions"
              hint="One a line; each is answered in free text."
              rows={3}
              value={values.customQuestions}
              errors={errors.customQuestions}
              onChange={(e) => set({ customQuestions: e.target.value })}
            />
            <CheckboxField
              id={`${idPrefix}-allMembers`}
              label="Ask every Member of the region"
              checked={values.allMembers}
              onChange={(e) => set({ allMembers: e.target.checked })}
            />
            {!values.allMembers ? (
              members.isPending ? (
                <Loading label="Loading the Members…" />
              ) : members.error ? (
                <ProblemAlert error={members.error} fallbackTitle="The Members could not be loaded" />
              ) : (
                <MembersChecklist
                  idPrefix={idPrefix}
                  members={members.data}
                  memberIds={values.memberIds}
                  errors={errors.memberIds}
                  onChange={(memberIds) => set({ memberIds })}
                />
              )
            ) : null}
          </>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create the survey (as a draft)'}
          </button>
          <Link to="/needs" className="button button-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
