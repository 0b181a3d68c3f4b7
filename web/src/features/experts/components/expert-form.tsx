import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { topicsQueryOptions } from '@/lib/api/topics';
import type { CreateExpertInput, ExpertOrigin, Gender, TopicRef } from '../api/types';
import { formToExpertInput, groupFieldErrors, type ExpertFormValues } from '../utils/expert-form';
import { groupTopics } from '../utils/topics';

export const expertFieldLabels: Record<string, string> = {
  name: 'Name',
  origin: 'Home administration',
  memberId: 'Member administration',
  outsideAdministration: 'Administration outside the region',
  gender: 'Gender',
  languages: 'Languages',
  email: 'Email',
  phone: 'Phone',
  consentToContact: 'Consent to be contacted',
  notes: 'Notes',
  topics: 'Topics of expertise',
};

const levelLabels: Record<number, string> = { 1: '1: working knowledge', 2: '2: experienced', 3: '3: specialist' };

interface ExpertFormProps {
  initial: ExpertFormValues;
  /** Topics the expert already has, offered even when the topic list lacks them. */
  knownTopics?: TopicRef[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CreateExpertInput) => void;
  onReload?: () => void;
  actions?: ReactNode;
}

/** Every field of createExpert / updateExpert; the API's messages show next to their fields. */
export function ExpertForm({ initial, knownTopics = [], submitLabel, pending, error, onSubmit, onReload, actions }: ExpertFormProps) {
  const [values, setValues] = useState(initial);
  const members = useQuery(memberOptionsQueryOptions());
  const topics = useQuery(topicsQueryOptions());
  const errors = groupFieldErrors(fieldErrorsOf(error));
  const set = <K extends keyof ExpertFormValues>(key: K, value: ExpertFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const [topicFilter, setTopicFilter] = useState('');
  // The expert's own topics stay visible under any filter; one the list lacks still shows (in a group of its own).
  const chosen = new Set(Object.keys(values.topics).map(Number));
  const topicGroups = groupTopics(topics.data ?? [], { extra: knownTopics, filter: topicFilter, keep: chosen });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(formToExpertInput(values));
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Expert profile">
      <FormProblem error={error} entityName="expert" fieldLabels={expertFieldLabels} idPrefix="expert" onReload={onReload} />
      <TextField id="expert-name" label="Name" required value={values.name} onChange={(e) => set('name', e.target.value)} errors={errors.name} />

      <fieldset className={`field${errors.origin?.length ? ' field-invalid' : ''}`} id="expert-origin" tabIndex={-1}>
        <legend>Home administration</legend>
        {errors.origin?.length ? (
          <p id="expert-origin-error" className="field-error">
            {errors.origin.join(' ')}
          </p>
        ) : null}
        {(
          [
            ['member', 'A Member administration'],
            ['wco-secretariat', 'The WCO Secretariat'],
            ['outside-region', 'An administration outside the region'],
          ] as [ExpertOrigin, string][]
        ).map(([value, text]) => (
          <div className="field field-checkbox" key={value}>
            <input
              type="radio"
              id={`expert-origin-${value}`}
              name="origin"
              value={value}
              checked={values.origin === value}
              onChange={() => set('origin', value)}
            />
            <label htmlFor={`expert-origin-${value}`}>{text}</label>
          </div>
        ))}
      </fieldset>
      {values.origin === 'member' ? (
        <SelectField
          id="expert-memberId"
          label="Member administration"
          required
          value={values.memberId}
          onChange={(e) => set('memberId', e.target.value)}
          errors={errors.memberId}
        >
          <option value="">Choose a Member…</option>
          {members.data?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.code})
            </option>
          ))}
        </SelectField>
      ) : null}
      {values.origin === 'outside-region' ? (
        <TextField
          id="expert-outsideAdministration"
          label="Administration outside the region"
          required
          hint="By name, e.g. France."
          value={values.outsideAdministration}
          onChange={(e) => set('outsideAdministration', e.target.value)}
          errors={errors.outsideAdministration}
        />
      ) : null}

      <SelectField id="expert-gender" label="Gender" value={values.gender ?? 'not-recorded'} onChange={(e) => set('gender', e.target.value as Gender)} errors={errors.gender}>
        <option value="not-recorded">Not recorded</option>
        <option value="female">Female</option>
        <option value="male">Male</option>
        <option value="other">Other</option>
      </SelectField>
      <TextField
        id="expert-languages"
        label="Languages"
        hint="ISO 639-1 codes separated by commas, e.g. en, fr, ja."
        value={values.languages}
        onChange={(e) => set('languages', e.target.value)}
        errors={errors.languages}
      />

      <fieldset
        className={`field${errors.topics?.length ? ' field-invalid' : ''}`}
        id="expert-topics"
        tabIndex={-1}
        aria-describedby={['expert-topics-hint', errors.topics?.length ? 'expert-topics-error' : ''].join(' ').trim()}
      >
        <legend>Topics of expertise</legend>
        {errors.topics?.length ? (
          <p id="expert-topics-error" className="field-error">
            {errors.topics.join(' ')}
          </p>
        ) : null}
        <p id="expert-topics-hint" className="field-hint">
          The WCO instruments and themes of the topic list, by package: give a level for each topic the expert knows.
        </p>
        <div className="field field-inline">
          <label htmlFor="expert-topic-filter">Find a topic</label>
          <input id="expert-topic-filter" type="search" value={topicFilter} onChange={(e) => setTopicFilter(e.target.value)} />
        </div>
        {topics.isPending ? <p className="muted">Loading topics…</p> : null}
        {topics.error ? <ProblemAlert error={topics.error} fallbackTitle="The topic list could not be loaded" /> : null}
        {!topics.isPending && topicGroups.length === 0 ? (
          <p className="muted">{topicFilter ? `No topic matches “${topicFilter}”.` : 'No topic is listed.'}</p>
        ) : null}
        {topicGroups.map((group) => (
          <fieldset key={group.package} className="choice-group">
            <legend>{group.label}</legend>
            <div className="topic-levels">
              {group.topics.map((t) => (
                <div className="field" key={t.id}>
                  <label htmlFor={`expert-topic-${t.id}`}>
                    {t.code}: {t.name}
                  </label>
                  <select
                    id={`expert-topic-${t.id}`}
                    value={values.topics[t.id] ?? 0}
                    onChange={(e) => {
                      const level = Number(e.target.value);
                      setValues((v) => {
                        const next = { ...v.topics };
                        if (level > 0) next[t.id] = level;
                        else delete next[t.id];
                        return { ...v, topics: next };
                      });
                    }}
                  >
                    <option value={0}>Not an expertise</option>
                    {[1, 2, 3].map((l) => (
                      <option key={l} value={l}>
                        Level {levelLabels[l]}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>

      <TextField id="expert-email" type="email" label="Email" value={values.email} onChange={(e) => set('email', e.target.value)} errors={errors.email} />
      <TextField id="expert-phone" type="tel" label="Phone" value={values.phone} onChange={(e) => set('phone', e.target.value)} errors={errors.phone} />
      <CheckboxField
        id="expert-consentToContact"
        label="Consent to be contacted"
        hint="Without it the expert cannot be invited to a deployment."
        checked={values.consentToContact}
        onChange={(e) => set('consentToContact', e.target.checked)}
        errors={errors.consentToContact}
      />
      <TextAreaField id="expert-notes" label="Notes" value={values.notes} onChange={(e) => set('notes', e.target.value)} errors={errors.notes} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
