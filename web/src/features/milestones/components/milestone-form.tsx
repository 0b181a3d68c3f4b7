import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { planQueryOptions } from '@/lib/api/plans';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { Member, MilestoneStatus, MilestoneStatusInput, MilestoneStatusRecord, PlanSummary } from '@/lib/api/types';
import { todayIso } from '@/lib/format';
import { groupByPillar } from '@/lib/plans/milestone-groups';
import { milestoneStatusLabels, milestoneStatuses } from '@/lib/plans/status';

export const milestoneFieldLabels: Record<string, string> = {
  planId: 'Plan',
  memberId: 'Member',
  milestoneId: 'Milestone',
  status: 'Status',
  effectiveOn: 'Effective date',
  evidence: 'Evidence',
  evidenceLink: 'Evidence link',
  sourceDocument: 'Source document',
  notApplicableReason: 'Why it does not apply',
};

export interface MilestoneFormValues {
  planId: string;
  memberId: string;
  milestoneId: string;
  status: MilestoneStatus | '';
  effectiveOn: string;
  evidence: string;
  evidenceLink: string;
  sourceDocument: string;
  notApplicableReason: string;
}

export function emptyMilestoneValues(planId?: number, memberId?: number, milestoneId?: number): MilestoneFormValues {
  return {
    planId: planId ? String(planId) : '',
    memberId: memberId ? String(memberId) : '',
    milestoneId: milestoneId ? String(milestoneId) : '',
    status: '',
    effectiveOn: todayIso(),
    evidence: '',
    evidenceLink: '',
    sourceDocument: '',
    notApplicableReason: '',
  };
}

export function recordToValues(record: MilestoneStatusRecord): MilestoneFormValues {
  return {
    planId: String(record.planId),
    memberId: String(record.memberId),
    milestoneId: String(record.milestoneId),
    status: record.status,
    effectiveOn: record.effectiveOn,
    evidence: record.evidence ?? '',
    evidenceLink: record.evidenceLink ?? '',
    sourceDocument: record.sourceDocument ?? '',
    notApplicableReason: record.notApplicableReason ?? '',
  };
}

const blank = (text: string) => (text.trim() ? text.trim() : null);

export function toMilestoneInput(values: MilestoneFormValues): MilestoneStatusInput {
  return {
    memberId: Number(values.memberId),
    milestoneId: Number(values.milestoneId),
    status: values.status as MilestoneStatus,
    effectiveOn: values.effectiveOn,
    evidence: blank(values.evidence),
    evidenceLink: blank(values.evidenceLink),
    sourceDocument: blank(values.sourceDocument),
    notApplicableReason: values.status === 'not-applicable' ? blank(values.notApplicableReason) : null,
  };
}

interface MilestoneFormProps {
  idPrefix: string;
  initial: MilestoneFormValues;
  plans: readonly PlanSummary[];
  /** Staff choose the Member; a focal point reports for its own, shown but not chosen. */
  members?: readonly Member[];
  memberName?: string;
  /** The plan cannot change (editing a record, or the Member view of one plan). */
  planFixed?: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: MilestoneStatusInput) => void;
  onReload?: () => void;
  actions?: ReactNode;
}

/** Draft or change one Member's status on one milestone, with its evidence. */
export function MilestoneForm(props: MilestoneFormProps) {
  const { idPrefix, initial, plans, members, memberName, planFixed, submitLabel, pending, error, onSubmit, onReload, actions } = props;
  const [values, setValues] = useState(initial);
  // A missing choice is told here: the API cannot read an empty status or milestone at all.
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const planId = values.planId ? Number(values.planId) : undefined;
  const plan = useQuery({ ...planQueryOptions(planId ?? 0), enabled: planId !== undefined });
  const errors = { ...fieldErrorsOf(error), ...localErrors };
  const today = todayIso();

  const field = (key: keyof MilestoneFormValues) => ({
    id: `${idPrefix}-${key}`,
    name: key,
    label: milestoneFieldLabels[key] ?? key,
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((v) => ({ ...v, [key]: value, ...(key === 'planId' ? { milestoneId: '' } : {}) }));
      setLocalErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => field !== key)));
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!values.memberId) missing.memberId = ['Choose the Member.'];
    if (!values.milestoneId) missing.milestoneId = ['Choose the milestone.'];
    if (!values.status) missing.status = ['Choose the status.'];
    setLocalErrors(missing);
    if (Object.keys(missing).length === 0) onSubmit(toMilestoneInput(values));
  };

  const groups = groupByPillar(plan.data, plan.data?.milestones ?? [], (m) => m.code);
  const firstLocal = Object.keys(localErrors)[0];

  return (
    <form className="form milestone-form" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <FormProblem error={error} entityName="update" fieldLabels={milestoneFieldLabels} idPrefix={idPrefix} onReload={onReload} />
      {firstLocal ? (
        <p className="alert alert-error" role="alert">
          Choose {Object.keys(localErrors).map((k) => (milestoneFieldLabels[k] ?? k).toLowerCase()).join(', ')} first.
        </p>
      ) : null}
      <div className="form-grid">
        {members ? (
          <SelectField {...field('memberId')} required>
            <option value="">Choose a Member</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.code})
              </option>
            ))}
          </SelectField>
        ) : (
          <div className="field">
            <span className="field-label">Member</span>
            <p className="field-static">{memberName}</p>
          </div>
        )}
        {planFixed ? (
          <div className="field">
            <span className="field-label">Plan</span>
            <p className="field-static">{plans.find((p) => String(p.id) === values.planId)?.code ?? values.planId}</p>
          </div>
        ) : (
          <SelectField {...field('planId')} required hint="Milestones belong to one plan.">
            <option value="">Choose a plan</option>
            {plans
              .filter((p) => p.milestoneCount > 0 || String(p.id) === values.planId)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} — {p.title}
                </option>
              ))}
          </SelectField>
        )}
        <SelectField
          {...field('milestoneId')}
          required
          className="field-span-2"
          disabled={!plan.data}
          hint={planId === undefined ? 'Choose the plan first.' : plan.isPending ? 'Loading the milestones…' : plan.error ? 'The milestones could not be loaded.' : undefined}
        >
          <option value="">Choose a milestone</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.code} — {m.topicName ?? m.reference}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField {...field('status')} required>
          <option value="">Choose a status</option>
          {milestoneStatuses.map((s) => (
            <option key={s} value={s}>
              {milestoneStatusLabels[s]}
            </option>
          ))}
        </SelectField>
        <TextField {...field('effectiveOn')} type="date" required max={today} hint="From when the status holds; not after today." />
      </div>
      {values.status === 'not-applicable' ? (
        <TextAreaField {...field('notApplicableReason')} required className="field-wide" rows={2} />
      ) : null}
      <TextAreaField
        {...field('evidence')}
        className="field-wide"
        rows={3}
        hint="What shows the status, briefly: a law, a launch, a report. Achieved and in progress need evidence (a text, a link or both)."
      />
      <div className="form-grid field-wide">
        <TextField {...field('evidenceLink')} type="url" inputMode="url" hint="A full http(s) address." />
        <TextField {...field('sourceDocument')} hint="The document the evidence comes from." />
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
