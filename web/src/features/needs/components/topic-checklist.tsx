import type { Topic } from '@/lib/api/topics';

interface TopicChecklistProps {
  idPrefix: string;
  topics: readonly Topic[];
  selected: readonly number[];
  onChange: (topicIds: number[]) => void;
  legend: string;
  errors?: string[];
}

const packageLabels: Record<string, string> = {
  'economic-competitiveness': 'Economic competitiveness',
  'compliance-enforcement': 'Compliance and enforcement',
  revenue: 'Revenue',
  'organizational-development': 'Organizational development',
  other: 'Other',
};

/** The topic list (WCO instruments and themes) as checkboxes, grouped by package, to pick a questionnaire's topics. */
export function TopicChecklist({ idPrefix, topics, selected, onChange, legend, errors }: TopicChecklistProps) {
  const packages = [...new Set(topics.map((t) => t.package))];
  const toggle = (id: number, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <fieldset className={errors?.length ? 'field field-invalid' : 'field'} aria-describedby={errors?.length ? `${idPrefix}-error` : undefined}>
      <legend>
        {legend} ({selected.length} chosen)
      </legend>
      {errors?.length ? (
        <p id={`${idPrefix}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      <p>
        <button type="button" className="button-link" onClick={() => onChange(topics.map((t) => t.id))}>
          Choose every topic
        </button>{' '}
        ·{' '}
        <button type="button" className="button-link" onClick={() => onChange([])}>
          Clear
        </button>
      </p>
      {packages.map((p) => (
        <div key={p}>
          <p className="small muted">{packageLabels[p] ?? p}</p>
          <ul className="needs-checklist">
            {topics
              .filter((t) => t.package === p)
              .map((t) => (
                <li key={t.id}>
                  <input
                    type="checkbox"
                    id={`${idPrefix}-${t.id}`}
                    checked={selected.includes(t.id)}
                    onChange={(e) => toggle(t.id, e.target.checked)}
                  />{' '}
                  <label htmlFor={`${idPrefix}-${t.id}`}>{t.name}</label>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
