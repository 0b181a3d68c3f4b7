import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/problem';
import { needsSettingsQueryOptions, useUpdateNeedsSettings } from '../api/analysis';

const fields = [
  { key: 'subRegionalWorkshopThreshold', label: 'Members of one sub-region for a sub-regional workshop', hint: 'With a high need on the same topic.' },
  { key: 'highNeedLevel', label: 'High need level', hint: 'Need levels from this one up count as high (0–3).' },
  { key: 'supplyShortageRatio', label: 'Members per accredited expert above which supply is short', hint: 'Up to two decimals.' },
  { key: 'expertsPerWorkshop', label: 'Experts needed per workshop', hint: '' },
  { key: 'expertsPerNationalActivity', label: 'Experts needed per national activity', hint: '' },
] as const;

type Key = (typeof fields)[number]['key'];

/** The thresholds of the written proposal rules (Administrators). The analysis follows them at once. */
export function SettingsForm() {
  const settings = useQuery(needsSettingsQueryOptions());
  const update = useUpdateNeedsSettings();
  const [values, setValues] = useState<Record<Key, string> | null>(null);
  const [saved, setSaved] = useState(false);
  if (settings.isPending) return <Loading label="Loading the settings…" />;
  if (settings.error) return <ProblemAlert error={settings.error} fallbackTitle="The settings could not be loaded" />;
  const current = values ?? (Object.fromEntries(fields.map((f) => [f.key, String(settings.data[f.key])])) as Record<Key, string>);
  const errors = fieldErrorsOf(update.error);
  const number = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? -1 : Number(text));
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        update.mutate(
          {
            version: settings.data.version,
            input: {
              subRegionalWorkshopThreshold: number(current.subRegionalWorkshopThreshold),
              highNeedLevel: number(current.highNeedLevel),
              supplyShortageRatio: number(current.supplyShortageRatio),
              expertsPerWorkshop: number(current.expertsPerWorkshop),
              expertsPerNationalActivity: number(current.expertsPerNationalActivity),
            },
          },
          {
            onSuccess: () => {
              setValues(null);
              setSaved(true);
            },
          },
        );
      }}
    >
      <FormProblem
        error={update.error}
        entityName="settings"
        fieldLabels={Object.fromEntries(fields.map((f) => [f.key, f.label]))}
        idPrefix="needs-settings"
        onReload={() => {
          setValues(null);
          update.reset();
          void settings.refetch();
        }}
      />
      {fields.map((f) => (
        <TextField
          key={f.key}
          id={`needs-settings-${f.key}`}
          label={f.label}
          hint={f.hint || undefined}
          inputMode="decimal"
          value={current[f.key]}
          errors={errors[f.key]}
          onChange={(e) => setValues({ ...current, [f.key]: e.target.value })}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save the settings'}
        </button>
        {saved ? (
          <span role="status" className="small">
            Saved: the analysis uses the new settings.
          </span>
        ) : null}
      </div>
    </form>
  );
}
