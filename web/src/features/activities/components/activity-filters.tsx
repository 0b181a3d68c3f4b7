import type { FormEvent } from 'react';
import type { Member, SubRegion } from '@/lib/api/types';
import { todayIso } from '@/lib/format';
import { fiscalYearLabel, fiscalYearOptions } from '../utils/activity-dates';
import { activityStatusLabels, activityStatuses, activityTypeLabels, activityTypes, rocbRoleLabels, rocbRoles } from '@/lib/activities/activity-labels';
import type { ActivityListParams } from '../utils/list-params';
import type { PlanActions } from '@/lib/plans/plan-actions';
import { groupTopics, type TopicOption } from '../utils/topics';

type FilterKey = 'fiscalYear' | 'type' | 'status' | 'role' | 'memberId' | 'subRegionId' | 'actionId' | 'q' | 'topicId' | 'from' | 'to';

interface ActivityFiltersProps {
  params: ActivityListParams;
  members?: readonly Member[];
  subRegions?: readonly SubRegion[];
  planActions?: readonly PlanActions[];
  /** Every topic, for the topic filter. */
  topics?: readonly TopicOption[];
  /** The topic filtered on, as it can be named when the topic list does not have it. */
  topicLabel?: string;
  onChange: (changes: Partial<Record<FilterKey, string | number | undefined>>) => void;
  onClear?: () => void;
}

/** The list's filters: each choice applies at once (and goes into the address); the text search applies when sent. */
export function ActivityFilters({ params, members, subRegions, planActions, topics, topicLabel, onChange, onClear }: ActivityFiltersProps) {
  const topicGroups = groupTopics(topics ?? []);
  const select = (key: FilterKey) => ({
    id: `filter-${key}`,
    value: params[key] ?? '',
    onChange: (event: { target: { value: string } }) => onChange({ [key]: event.target.value || undefined }),
  });

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    onChange({ q: typeof q === 'string' && q.trim() ? q.trim() : undefined });
  };

  return (
    <section className="activity-filters" aria-label="Filters">
      <form role="search" aria-label="Activities" className="search-form" onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor="filter-q">Search titles and venues</label>
          <input id="filter-q" name="q" type="search" defaultValue={params.q ?? ''} key={params.q ?? ''} />
        </div>
        <button type="submit" className="button button-secondary">
          Search
        </button>
      </form>
      <div className="filters">
        <div className="field">
          <label htmlFor="filter-fiscalYear">Fiscal year</label>
          <select {...select('fiscalYear')}>
            <option value="">All years</option>
            {fiscalYearOptions(todayIso()).map((year) => (
              <option key={year} value={year}>
                {fiscalYearLabel(year)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">Type</label>
          <select {...select('type')}>
            <option value="">All types</option>
            {activityTypes.map((t) => (
              <option key={t} value={t}>
                {activityTypeLabels[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select {...select('status')}>
            <option value="">All statuses</option>
            {activityStatuses.map((s) => (
              <option key={s} value={s}>
                {activityStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-role">ROCB role</label>
          <select {...select('role')}>
            <option value="">Any role</option>
            {rocbRoles.map((r) => (
              <option key={r} value={r}>
                {rocbRoleLabels[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-memberId">Member</label>
          <select {...select('memberId')}>
            <option value="">All Members</option>
            {members?.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-subRegionId">Sub-region</label>
          <select {...select('subRegionId')}>
            <option value="">All sub-regions</option>
            {subRegions?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.code})
              </option>
            ))}
          </select>
        </div>
        <div className="field field-plan-action">
          <label htmlFor="filter-actionId">Plan action</label>
          <select {...select('actionId')}>
            <option value="">Any plan action</option>
            {planActions?.flatMap((plan) =>
              plan.pillars.map((pillar) => (
                <optgroup key={`${plan.planId}-${pillar.number}`} label={`${plan.planCode} · Pillar ${pillar.number}: ${pillar.title}`}>
                  {pillar.actions.map((a) => (
                    <option key={a.id} value={a.id}>
                      {plan.planCode} {a.code}: {a.text.length > 90 ? `${a.text.slice(0, 88)}…` : a.text}
                    </option>
                  ))}
                </optgroup>
              )),
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-topicId">Topic</label>
          <select {...select('topicId')}>
            <option value="">Any topic</option>
            {params.topicId && !topicGroups.some((g) => g.topics.some((t) => t.id === params.topicId)) ? (
              // Not (or not yet) in the list: still shown as chosen, so that it can be seen and removed.
              <option value={params.topicId}>{topicLabel ?? `topic #${params.topicId}`}</option>
            ) : null}
            {topicGroups.map((group) => (
              <optgroup key={group.package} label={group.label}>
                {group.topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {params.from || params.to ? (
          <div className="field">
            <span className="field-label">Starting</span>
            <p className="field-static">
              {params.from ? `from ${params.from}` : ''} {params.to ? `to ${params.to}` : ''}{' '}
              <button type="button" className="button button-link" onClick={() => onChange({ from: undefined, to: undefined })}>
                Any date<span className="visually-hidden"> (remove the date filter)</span>
              </button>
            </p>
          </div>
        ) : null}
        {onClear ? (
          <button type="button" className="button button-link" onClick={onClear}>
            Clear filters
          </button>
        ) : null}
      </div>
    </section>
  );
}
