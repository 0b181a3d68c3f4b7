import { useState, type ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { activityTypeLabel, activityTypes } from '@/lib/activities/activity-labels';
import type { PlanActions } from '@/lib/plans/plan-actions';
import type { Topic } from '@/lib/api/topics';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { Member } from '@/lib/api/types';
import { quarterLabel, quarters, workPlanKindLabel, workPlanKinds } from '../utils/labels';
import type { ItemFormValues } from '../utils/work-plan';

const fieldLabels: Record<string, string> = {
  kind: 'Kind',
  title: 'Title',
  activityType: 'Activity type',
  topicId: 'Topic',
  memberIds: 'Beneficiary Members',
  quarter: 'Quarter',
  actionIds: 'Plan actions served',
  expertsNeeded: 'Experts needed',
  notes: 'Notes',
};

interface WorkPlanItemFormProps {
  idPrefix: string;
  initial: ItemFormValues;
  fiscalYear: number;
  topics: readonly Topic[];
  members: readonly Member[];
  planActions: readonly PlanActions[];
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: ItemFormValues) => void;
  actions?: ReactNode;
}

function selectedNumbers(select: HTMLSelectElement): number[] {
  return [...select.selectedOptions].map((o) => Number(o.value));
}

/** One line of the draft work plan, to add or change. */
export function WorkPlanItemForm({ idPrefix, initial, fiscalYear, topics, members, planActions, pending, error, submitLabel, onSubmit, actions }: WorkPlanItemFormProps) {
  const [values, setValues] = useState(initial);
  const errors = fieldErrorsOf(error);
  const set = (patch: Partial<ItemFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form
      className="form needs-item-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(values);
      }}
    >
      <FormProblem error={error} entityName="work plan line" fieldLabels={fieldLabels} idPrefix={idPrefix} />
      <div className="needs-question-grid">
        <TextField id={id('title')} label="Title" required maxLength={300} value={values.title} errors={errors.title} onChange={(e) => set({ title: e.target.value })} />
        <SelectField id={id('kind')} label="Kind" value={values.kind} errors={errors.kind} onChange={(e) => set({ kind: e.target.value })}>
          {workPlanKinds.map((k) => (
            <option key={k} value={k}>
              {workPlanKindLabel(k)}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('activityType')} label="Activity type" value={values.activityType} errors={errors.activityType} onChange={(e) => set({ activityType: e.target.value })}>
          {activityTypes.map((t) => (
            <option key={t} value={t}>
              {activityTypeLabel(t)}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('topicId')} label="Topic" value={values.topicId} errors={errors.topicId} onChange={(e) => set({ topicId: e.target.value })}>
          <option value="">(none)</option>
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('quarter')} label="Quarter" value={values.quarter} errors={errors.quarter} onChange={(e) => set({ quarter: e.target.value })}>
          <option value="">(not set)</option>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {quarterLabel(q, fiscalYear)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('expertsNeeded')}
          label="Experts needed"
          inputMode="numeric"
          value={values.expertsNeeded}
          errors={errors.expertsNeeded}
          onChange={(e) => set({ expertsNeeded: e.target.value })}
        />
        <SelectField
          id={id('memberIds')}
          label="Beneficiary Members"
          hint="Hold Ctrl (⌘ on a Mac) to choose several."
          multiple
          size={6}
          value={values.memberIds.map(String)}
          errors={errors.memberIds}
          onChange={(e) => set({ memberIds: selectedNumbers(e.target) })}
        >
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('actionIds')}
          label="Plan actions served"
          hint="Hold Ctrl (⌘ on a Mac) to choose several."
          multiple
          size={6}
          value={values.actionIds.map(String)}
          errors={errors.actionIds}
          onChange={(e) => set({ actionIds: selectedNumbers(e.target) })}
        >
          {planActions.flatMap((p) =>
            p.pillars.map((pillar) => (
              <optgroup key={`${p.planId}-${pillar.number}`} label={`${p.planCode} pillar ${pillar.number}`}>
                {pillar.actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.code} {a.text}
                  </option>
                ))}
              </optgroup>
            )),
          )}
        </SelectField>
        <TextAreaField id={id('notes')} label="Notes" rows={2} maxLength={2000} value={values.notes} errors={errors.notes} onChange={(e) => set({ notes: e.target.value })} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
