import { useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/problem';
import { useUpdateMatchingSettings } from '../api/mutations';
import { matchingSettingsQueryOptions } from '../api/queries';
import type { MatchingSettings, UpdateMatchingSettingsInput } from '../api/types';

type SettingKey = keyof UpdateMatchingSettingsInput;

const settingFields: { key: SettingKey; label: string; hint: string }[] = [
  { key: 'topicWeight', label: 'Topic fit weight', hint: 'How much the expert’s level in the requested topics counts.' },
  { key: 'accreditationWeight', label: 'Accreditation weight', hint: 'A valid accreditation in the requested category.' },
  { key: 'languageWeight', label: 'Language weight', hint: 'Speaks the working language.' },
  { key: 'availabilityWeight', label: 'Availability weight', hint: 'Free on the requested dates.' },
  { key: 'regionWeight', label: 'Region weight', hint: 'From a Member administration of the region.' },
  { key: 'workloadWeight', label: 'Workload weight', hint: 'Fewer recent deployments rank higher.' },
  { key: 'appraisalWeight', label: 'Appraisal weight', hint: 'Appraisals of earlier deployments.' },
];

const fieldLabels: Record<string, string> = {
  ...Object.fromEntries(settingFields.map((f) => [f.key, f.label])),
  workloadCap: 'Workload cap',
};

/** The match score's weights and the workload cap: Administrators change them, Staff see them. */
export function MatchingSettingsSection({ canEdit }: { canEdit: boolean }) {
  const settings = useQuery(matchingSettingsQueryOptions());
  // Bumped by Reload after a 412 (not keyed by the version: a save changes it, and the form must keep its message).
  const [reloads, setReloads] = useState(0);
  return (
    <section className="section" aria-labelledby="matching-settings-title">
      <h2 id="matching-settings-title">Matching settings</h2>
      <p className="muted">Weights 0 to 100 of each part of the match score, and the most deployments an expert is proposed for in a year.</p>
      {settings.isPending ? (
        <Loading label="Loading the matching settings…" />
      ) : !settings.data ? (
        <ProblemAlert error={settings.error} fallbackTitle="The matching settings could not be loaded" />
      ) : canEdit ? (
        <MatchingSettingsForm key={reloads} settings={settings.data} onReload={() => void settings.refetch().then(() => setReloads((n) => n + 1))} />
      ) : (
        <dl className="details">
          {settingFields.map((f) => (
            <Fragment key={f.key}>
              <dt>{f.label}</dt>
              <dd>{settings.data[f.key]}</dd>
            </Fragment>
          ))}
          <dt>Workload cap</dt>
          <dd>{settings.data.workloadCap}</dd>
        </dl>
      )}
    </section>
  );
}

function MatchingSettingsForm({ settings, onReload }: { settings: MatchingSettings; onReload: () => void }) {
  const update = useUpdateMatchingSettings();
  const [saved, setSaved] = useState(false);
  // The version the form was filled from (then the one it saved), not whatever a refetch brought since.
  const [baseVersion, setBaseVersion] = useState(settings.version);
  const errors = fieldErrorsOf(update.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    // An empty or non-numeric box goes as -1, so the API's range message shows on that field.
    const num = (k: string) => {
      const text = String(form.get(k) ?? '').trim();
      return /^-?\d+$/.test(text) ? Number(text) : -1;
    };
    const input = Object.fromEntries([...settingFields.map((f) => f.key), 'workloadCap'].map((k) => [k, num(k)])) as UpdateMatchingSettingsInput;
    update.mutate(
      { version: baseVersion, input },
      {
        onSuccess: (result) => {
          setBaseVersion(result.version);
          setSaved(true);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Matching settings">
      <FormProblem
        error={update.error}
        entityName="matching settings"
        fieldLabels={fieldLabels}
        idPrefix="matching"
        onReload={() => {
          update.reset();
          onReload();
        }}
      />
      {saved ? (
        <p className="alert alert-success" role="status">
          Matching settings saved; the ranked candidates use them from now on.
        </p>
      ) : null}
      <div className="topic-levels">
        {settingFields.map((f) => (
          <TextField
            key={f.key}
            id={`matching-${f.key}`}
            name={f.key}
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            label={f.label}
            hint={f.hint}
            defaultValue={settings[f.key]}
            errors={errors[f.key]}
          />
        ))}
        <TextField
          id="matching-workloadCap"
          name="workloadCap"
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          label="Workload cap"
          hint="1 to 100 deployments."
          defaultValue={settings.workloadCap}
          errors={errors.workloadCap}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save matching settings'}
        </button>
      </div>
    </form>
  );
}
