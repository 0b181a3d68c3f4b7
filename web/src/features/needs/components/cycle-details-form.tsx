import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { useUpdateNeedsCycle } from '../api/needs';
import type { NeedsCycle } from '../api/types';
import { MembersChecklist } from './members-checklist';

const idPrefix = 'cycle-details';
const fieldLabels: Record<string, string> = {
  name: 'Name',
  fiscalYear: 'Fiscal year planned for',
  opensOn: 'Opens on',
  closesOn: 'Closes on',
  coordinators: 'Coordinators',
  memberIds: 'Members asked',
};

/** Name, fiscal year, window, coordinators and the Members asked (the API refuses changes once the cycle is closed). */
export function CycleDetailsForm({ cycle, etag, onDone }: { cycle: NeedsCycle; etag: string; onDone: () => void }) {
  const update = useUpdateNeedsCycle(cycle.id);
  const members = useQuery(memberOptionsQueryOptions());
  const [values, setValues] = useState({
    name: cycle.name,
    fiscalYear: String(cycle.fiscalYear),
    opensOn: cycle.opensOn,
    closesOn: cycle.closesOn,
    coordinators: cycle.coordinators.join('\n'),
    memberIds: cycle.members.map((m) => m.id),
  });
  const errors = fieldErrorsOf(update.error);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate(
          {
            etag,
            input: {
              name: values.name,
              fiscalYear: /^\d+$/.test(values.fiscalYear.trim()) ? Number(values.fiscalYear.trim()) : 0,
              opensOn: values.opensOn,
              closesOn: values.closesOn,
              coordinators: values.coordinators
                .split(/\r?\n/)
                .map((l) => l.trim())
                .filter(Boolean),
              memberIds: values.memberIds,
            },
          },
          { onSuccess: onDone },
        );
      }}
    >
      <FormProblem error={update.error} entityName="survey" fieldLabels={fieldLabels} idPrefix={idPrefix} onReload={onDone} />
      <TextField id={`${idPrefix}-name`} label="Name" required value={values.name} errors={errors.name} onChange={(e) => set({ name: e.target.value })} />
      <TextField
        id={`${idPrefix}-fiscalYear`}
        label="Fiscal year planned for"
        inputMode="numeric"
        required
        value={values.fiscalYear}
        errors={errors.fiscalYear}
        onChange={(e) => set({ fiscalYear: e.target.value })}
      />
      <TextField id={`${idPrefix}-opensOn`} label="Opens on" type="date" required value={values.opensOn} errors={errors.opensOn} onChange={(e) => set({ opensOn: e.target.value })} />
      <TextField id={`${idPrefix}-closesOn`} label="Closes on" type="date" required value={values.closesOn} errors={errors.closesOn} onChange={(e) => set({ closesOn: e.target.value })} />
      <TextAreaField
        id={`${idPrefix}-coordinators`}
        label="Coordinators"
        hint="One a line."
        rows={2}
        value={values.coordinators}
        errors={errors.coordinators}
        onChange={(e) => set({ coordinators: e.target.value })}
      />
      {members.isPending ? (
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
        >
          <p>
            <button type="button" className="button-link" onClick={() => set({ memberIds: members.data.map((m) => m.id) })}>
              Every Member
            </button>
          </p>
        </MembersChecklist>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save the survey details'}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
