import { useState, type FormEvent, type ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { ActivityInput, DatePrecision, Member, TopicRef } from '@/lib/api/types';
import { formatDay } from '@/lib/format';
import {
  activityStatusLabels,
  activityStatuses,
  activityTypeLabels,
  activityTypes,
  allRocbRoleLabels,
  datePrecisionLabels,
  modeLabels,
  modes,
  statusesWithReason,
} from '@/lib/activities/activity-labels';
import { newStaffRow, toActivityInput, type ActivityFormValues, type StaffRow } from '../utils/activity-form-values';
import type { PlanActions } from '@/lib/plans/plan-actions';
import { groupTopics, type TopicOption } from '../utils/topics';

export const activityFieldLabels: Record<string, string> = {
  title: 'Title',
  type: 'Type',
  status: 'Status',
  statusReason: 'Why postponed or cancelled',
  datePrecision: 'How precisely the dates are known',
  startsOn: 'Start',
  endsOn: 'End',
  venue: 'Venue',
  hostMemberId: 'Host Member',
  mode: 'Mode',
  rocbRole: 'ROCB role',
  sponsors: 'Sponsors',
  partners: 'Partners',
  funding: 'Funding',
  memberIds: 'Beneficiary Members',
  topicIds: 'Topics',
  actionIds: 'Plan actions',
  staff: 'ROCB staff',
  reference: 'Reference',
  source: 'Source',
  note: 'Note',
};

interface ActivityFormProps {
  idPrefix: string;
  initial: ActivityFormValues;
  members: readonly Member[];
  planActions: readonly PlanActions[];
  /** Every topic (GET /api/topics), to choose from. */
  topics: readonly TopicOption[];
  /** The topics the activity has: any the list lacks are still shown, so that they can be kept or removed. */
  knownTopics?: readonly TopicRef[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ActivityInput) => void;
  onReload?: () => void;
  actions?: ReactNode;
}

const precisions: DatePrecision[] = ['day', 'month', 'quarter'];

/** Whether a plan's period covers the dates typed (an action of a plan that does not is refused by the API). */
function covers(plan: PlanActions, input: Pick<ActivityInput, 'startsOn' | 'endsOn'>): boolean | undefined {
  if (!input.startsOn) return undefined;
  const end = input.endsOn && input.endsOn >= input.startsOn ? input.endsOn : input.startsOn;
  return plan.startsOn <= input.startsOn && end <= plan.endsOn;
}

function toggle(list: readonly number[], id: number, on: boolean): number[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

/** Record or change an activity: every field of the API's createActivity. */
export function ActivityForm(props: ActivityFormProps) {
  const { idPrefix, initial, members, planActions, topics, knownTopics, submitLabel, pending, error, onSubmit, onReload, actions } = props;
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const [memberFilter, setMemberFilter] = useState('');
  const [topicFilter, setTopicFilter] = useState('');
  const errors = { ...fieldErrorsOf(error), ...localErrors };
  const input = toActivityInput(values);

  // Staff rows have labels of their own in the problem summary.
  const fieldLabels: Record<string, string> = { ...activityFieldLabels };
  values.staff.forEach((_, i) => {
    fieldLabels[`staff[${i}].name`] = `Staff member ${i + 1}, name`;
    fieldLabels[`staff[${i}].role`] = `Staff member ${i + 1}, part played`;
  });

  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setLocalErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => field !== key)));
  };

  const field = (key: 'title' | 'statusReason' | 'venue' | 'sponsors' | 'partners' | 'funding' | 'reference' | 'source' | 'note') => ({
    id: `${idPrefix}-${key}`,
    name: key,
    label: activityFieldLabels[key] ?? key,
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A missing choice is told here: the API cannot read an empty type at all.
    const missing: Record<string, string[]> = {};
    if (!values.type) missing.type = ['Choose the type of activity.'];
    setLocalErrors(missing);
    if (Object.keys(missing).length === 0) onSubmit(input);
  };

  const updateStaff = (key: string, changes: Partial<StaffRow>) =>
    set(
      'staff',
      values.staff.map((s) => (s.key === key ? { ...s, ...changes } : s)),
    );

  const bySubRegion = new Map<string, Member[]>();
  for (const m of members) {
    if (memberFilter && !`${m.name} ${m.code}`.toLowerCase().includes(memberFilter.toLowerCase()) && !values.memberIds.includes(m.id)) continue;
    bySubRegion.set(m.subRegionName, [...(bySubRegion.get(m.subRegionName) ?? []), m]);
  }
  // A filter narrows the choice but never hides what is chosen.
  const topicGroups = groupTopics(topics, knownTopics)
    .map((g) => ({
      ...g,
      topics: g.topics.filter(
        (t) => !topicFilter || `${t.name} ${t.code}`.toLowerCase().includes(topicFilter.toLowerCase()) || values.topicIds.includes(t.id),
      ),
    }))
    .filter((g) => g.topics.length > 0);
  const precise = values.datePrecision === 'day';
  const groupError = (key: string) =>
    errors[key]?.length ? (
      <p id={`${idPrefix}-${key}-error`} className="field-error">
        {errors[key]!.join(' ')}
      </p>
    ) : null;

  return (
    <form className="form activity-form" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <FormProblem error={error} entityName="activity" fieldLabels={fieldLabels} idPrefix={idPrefix} onReload={onReload} />
      {localErrors.type ? (
        <p className="alert alert-error" role="alert">
          Choose the type of activity first.
        </p>
      ) : null}

      <TextField {...field('title')} required className="field-wide-input" />
      <div className="form-grid">
        <SelectField
          id={`${idPrefix}-type`}
          label="Type"
          required
          value={values.type}
          errors={errors.type}
          onChange={(event) => set('type', event.target.value as ActivityFormValues['type'])}
        >
          <option value="">Choose a type</option>
          {activityTypes.map((t) => (
            <option key={t} value={t}>
              {activityTypeLabels[t]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${idPrefix}-status`}
          label="Status"
          required
          value={values.status}
          errors={errors.status}
          hint="Confirmed and delivered activities need a start date."
          onChange={(event) => set('status', event.target.value as ActivityFormValues['status'])}
        >
          {activityStatuses.map((s) => (
            <option key={s} value={s}>
              {activityStatusLabels[s]}
            </option>
          ))}
        </SelectField>
        {statusesWithReason.includes(values.status) ? (
          <TextField {...field('statusReason')} required hint="Required when the activity is postponed or cancelled." />
        ) : null}
      </div>

      <fieldset className="fieldset" aria-describedby={`${idPrefix}-dates-hint`}>
        <legend>Dates</legend>
        <p id={`${idPrefix}-dates-hint`} className="field-hint">
          When only the month is known, choose “Known to the month only”: the activity is kept under that month, its date to be fixed.
        </p>
        <div className="radio-row" role="radiogroup" aria-label={activityFieldLabels.datePrecision}>
          {precisions.map((p) => (
            <label key={p} className="radio-option">
              <input
                type="radio"
                name={`${idPrefix}-datePrecision`}
                value={p}
                checked={values.datePrecision === p}
                onChange={() => {
                  // Carry what was typed over: a day becomes its month, a month its first day.
                  setValues((v) => ({
                    ...v,
                    datePrecision: p,
                    startMonth: p !== 'day' && !v.startMonth && v.startsOn ? v.startsOn.slice(0, 7) : v.startMonth,
                    endMonth: p !== 'day' && !v.endMonth && v.endsOn && v.endsOn.slice(0, 7) !== v.startsOn.slice(0, 7) ? v.endsOn.slice(0, 7) : v.endMonth,
                    startsOn: p === 'day' && !v.startsOn && v.startMonth ? `${v.startMonth}-01` : v.startsOn,
                  }));
                }}
              />
              {datePrecisionLabels[p]}
            </label>
          ))}
        </div>
        {groupError('datePrecision')}
        <div className="form-grid">
          {precise ? (
            <>
              <TextField
                id={`${idPrefix}-startsOn`}
                label="Starts on"
                type="date"
                value={values.startsOn}
                errors={errors.startsOn}
                onChange={(event) => set('startsOn', event.target.value)}
              />
              <TextField
                id={`${idPrefix}-endsOn`}
                label="Ends on"
                type="date"
                value={values.endsOn}
                min={values.startsOn || undefined}
                hint="Leave empty for a one-day activity."
                errors={errors.endsOn}
                onChange={(event) => set('endsOn', event.target.value)}
              />
            </>
          ) : (
            <>
              <TextField
                id={`${idPrefix}-startsOn`}
                label={values.datePrecision === 'quarter' ? 'First month of the quarter' : 'Month'}
                type="month"
                placeholder="yyyy-mm"
                value={values.startMonth}
                hint={input.startsOn ? `Sent as ${formatDay(input.startsOn)}, the first day of the month.` : 'The activity is kept under its first day.'}
                errors={errors.startsOn}
                onChange={(event) => set('startMonth', event.target.value)}
              />
              <TextField
                id={`${idPrefix}-endsOn`}
                label="Until month (optional)"
                type="month"
                placeholder="yyyy-mm"
                value={values.endMonth}
                min={values.startMonth || undefined}
                hint="Only when it runs over several months."
                errors={errors.endsOn}
                onChange={(event) => set('endMonth', event.target.value)}
              />
            </>
          )}
        </div>
      </fieldset>

      <div className="form-grid field-wide">
        <TextField {...field('venue')} hint="City and country, or “Online”." />
        <SelectField
          id={`${idPrefix}-hostMemberId`}
          label="Host Member"
          value={values.hostMemberId}
          errors={errors.hostMemberId}
          onChange={(event) => set('hostMemberId', event.target.value)}
        >
          <option value="">None</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.code})
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${idPrefix}-mode`}
          label="Mode"
          required
          value={values.mode}
          errors={errors.mode}
          onChange={(event) => set('mode', event.target.value as ActivityFormValues['mode'])}
        >
          {modes.map((m) => (
            <option key={m} value={m}>
              {modeLabels[m]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${idPrefix}-rocbRole`}
          label="ROCB role"
          required
          value={values.rocbRole}
          errors={errors.rocbRole}
          onChange={(event) => set('rocbRole', event.target.value as ActivityFormValues['rocbRole'])}
        >
          {Object.entries(allRocbRoleLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField {...field('sponsors')} />
        <TextField {...field('partners')} />
        <TextField {...field('funding')} />
        <TextField {...field('reference')} hint="The ROCB's own reference, if any." />
      </div>

      <fieldset
        className={`fieldset choice-fieldset${errors.memberIds?.length ? ' field-invalid' : ''}`}
        id={`${idPrefix}-memberIds`}
        tabIndex={-1}
        aria-describedby={errors.memberIds?.length ? `${idPrefix}-memberIds-error` : undefined}
      >
        <legend>
          Beneficiary Members <span className="muted small">({values.memberIds.length} chosen)</span>
        </legend>
        {groupError('memberIds')}
        <div className="field field-inline">
          <label htmlFor={`${idPrefix}-member-filter`}>Find a Member</label>
          <input id={`${idPrefix}-member-filter`} type="search" value={memberFilter} onChange={(event) => setMemberFilter(event.target.value)} />
        </div>
        <div className="choice-groups">
          {[...bySubRegion.entries()].map(([subRegion, list]) => (
            <fieldset key={subRegion} className="choice-group">
              <legend>{subRegion}</legend>
              {list.map((m) => (
                <label key={m.id} className="choice">
                  <input
                    type="checkbox"
                    checked={values.memberIds.includes(m.id)}
                    onChange={(event) => set('memberIds', toggle(values.memberIds, m.id, event.target.checked))}
                  />
                  {m.name} <span className="muted small">({m.code})</span>
                </label>
              ))}
            </fieldset>
          ))}
          {bySubRegion.size === 0 ? <p className="muted">No Member matches “{memberFilter}”.</p> : null}
        </div>
      </fieldset>

      <fieldset
        className={`fieldset choice-fieldset${errors.topicIds?.length ? ' field-invalid' : ''}`}
        id={`${idPrefix}-topicIds`}
        tabIndex={-1}
        aria-describedby={[`${idPrefix}-topics-hint`, errors.topicIds?.length ? `${idPrefix}-topicIds-error` : ''].join(' ').trim()}
      >
        <legend>
          Topics <span className="muted small">({values.topicIds.length} chosen)</span>
        </legend>
        {groupError('topicIds')}
        <p id={`${idPrefix}-topics-hint`} className="field-hint">
          The WCO instruments and themes the activity covers, by package.
        </p>
        <div className="field field-inline">
          <label htmlFor={`${idPrefix}-topic-filter`}>Find a topic</label>
          <input id={`${idPrefix}-topic-filter`} type="search" value={topicFilter} onChange={(event) => setTopicFilter(event.target.value)} />
        </div>
        <div className="choice-groups">
          {topicGroups.map((group) => (
            <fieldset key={group.package} className="choice-group">
              <legend>{group.label}</legend>
              {group.topics.map((t) => (
                <label key={t.id} className="choice">
                  <input
                    type="checkbox"
                    checked={values.topicIds.includes(t.id)}
                    onChange={(event) => set('topicIds', toggle(values.topicIds, t.id, event.target.checked))}
                  />
                  {t.name}
                </label>
              ))}
            </fieldset>
          ))}
          {topicGroups.length === 0 ? <p className="muted">{topicFilter ? `No topic matches “${topicFilter}”.` : 'No topic is listed.'}</p> : null}
        </div>
      </fieldset>

      <fieldset
        className={`fieldset choice-fieldset${errors.actionIds?.length ? ' field-invalid' : ''}`}
        id={`${idPrefix}-actionIds`}
        tabIndex={-1}
        aria-describedby={[`${idPrefix}-actions-hint`, errors.actionIds?.length ? `${idPrefix}-actionIds-error` : ''].join(' ').trim()}
      >
        <legend>
          Plan actions <span className="muted small">({values.actionIds.length} chosen)</span>
        </legend>
        <p id={`${idPrefix}-actions-hint`} className="field-hint">
          The actions of the plans the activity counts for. A plan&apos;s period must cover the activity&apos;s dates.
        </p>
        {groupError('actionIds')}
        {planActions.map((plan) => {
          const chosen = plan.pillars.flatMap((p) => p.actions).filter((a) => values.actionIds.includes(a.id)).length;
          const fits = covers(plan, input);
          return (
            <details key={plan.planId} className="choice-plan" open={chosen > 0 || undefined}>
              <summary>
                <strong>{plan.planCode}</strong> — {plan.planTitle}{' '}
                <span className="muted small">
                  ({formatDay(plan.startsOn)} to {formatDay(plan.endsOn)}
                  {fits === true ? '; covers these dates' : fits === false ? '; does not cover these dates' : ''}
                  {chosen > 0 ? `; ${chosen} chosen` : ''})
                </span>
              </summary>
              {plan.pillars.map((pillar) => (
                <fieldset key={pillar.number} className="choice-group">
                  <legend>
                    Pillar {pillar.number}: {pillar.title}
                  </legend>
                  {pillar.actions.map((a) => (
                    <label key={a.id} className="choice choice-action">
                      <input
                        type="checkbox"
                        checked={values.actionIds.includes(a.id)}
                        onChange={(event) => set('actionIds', toggle(values.actionIds, a.id, event.target.checked))}
                      />
                      <span>
                        <strong>
                          {plan.planCode} {a.code}
                        </strong>{' '}
                        {a.text}
                      </span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </details>
          );
        })}
      </fieldset>

      <fieldset className="fieldset" id={`${idPrefix}-staff`} tabIndex={-1}>
        <legend>ROCB staff</legend>
        {groupError('staff')}
        {values.staff.length === 0 ? <p className="muted small">No staff member yet.</p> : null}
        {values.staff.map((s, i) => (
          <div key={s.key} className="staff-row">
            <TextField
              id={`${idPrefix}-staff[${i}].name`}
              label={`Staff member ${i + 1}, name`}
              value={s.name}
              errors={errors[`staff[${i}].name`]}
              onChange={(event) => updateStaff(s.key, { name: event.target.value })}
            />
            <TextField
              id={`${idPrefix}-staff[${i}].role`}
              label={`Staff member ${i + 1}, part played`}
              value={s.role}
              hint={i === 0 ? 'e.g. programme manager; resource speaker' : undefined}
              errors={errors[`staff[${i}].role`]}
              onChange={(event) => updateStaff(s.key, { role: event.target.value })}
            />
            <button
              type="button"
              className="button button-link"
              onClick={() =>
                set(
                  'staff',
                  values.staff.filter((x) => x.key !== s.key),
                )
              }
            >
              Remove<span className="visually-hidden"> staff member {i + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className="button button-secondary button-small" onClick={() => set('staff', [...values.staff, newStaffRow()])}>
          Add a staff member
        </button>
      </fieldset>

      <TextAreaField {...field('source')} className="field-wide" rows={2} hint="The report or document the activity is recorded from." />
      <TextAreaField {...field('note')} className="field-wide" rows={3} />

      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
