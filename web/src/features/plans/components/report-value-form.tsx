import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TextAreaField, TextField } from '@/components/ui/fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { apiClient } from '@/lib/api/client';
import { planKeys } from '@/lib/api/plans';
import { call, fieldErrorsOf } from '@/lib/api/problem';
import { todayIso } from '@/lib/format';

interface ReportValue {
  asOf: string;
  value: number;
  evidence: string;
}

async function reportValue(kpiId: number, body: ReportValue) {
  return (await call(() => apiClient.POST('/api/kpis/{id}/reported-values', { params: { path: { id: kpiId } }, body }))).data;
}

/** For KPIs nothing in Rocb can derive (e.g. the number of AEO MRAs): Staff report a value with its evidence. */
export function ReportValueForm({ kpiId }: { kpiId: number }) {
  const queryClient = useQueryClient();
  const [asOf, setAsOf] = useState(todayIso());
  const [value, setValue] = useState('');
  const [evidence, setEvidence] = useState('');
  const [missingValue, setMissingValue] = useState(false);
  const report = useMutation({
    mutationFn: (body: ReportValue) => reportValue(kpiId, body),
    onSuccess: async () => {
      setValue('');
      setEvidence('');
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
  const errors = fieldErrorsOf(report.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An empty number would travel as nothing and be read as 0: ask for it here.
    setMissingValue(value.trim() === '');
    if (value.trim() === '') return;
    report.mutate({ asOf, value: Number(value), evidence });
  };

  return (
    <form className="report-value-form" onSubmit={submit} aria-labelledby="report-value-heading" noValidate>
      <h3 id="report-value-heading">Report a value</h3>
      <p className="hint">The latest value reported on or before the as-of date is the KPI&apos;s value.</p>
      <TextField id="report-as-of" label="As of" type="date" required value={asOf} max={todayIso()}
        onChange={(event) => setAsOf(event.target.value)} errors={errors.asOf} />
      <TextField id="report-value" label="Value" type="number" min={0} step="any" required value={value}
        onChange={(event) => setValue(event.target.value)}
        errors={missingValue ? ['Enter the value.'] : errors.value} />
      <TextAreaField id="report-evidence" label="Evidence" required value={evidence} rows={3}
        hint="Where the value comes from: a document, a link, a meeting."
        onChange={(event) => setEvidence(event.target.value)} errors={errors.evidence} />
      {report.error && !hasFieldErrors ? <ProblemAlert error={report.error} fallbackTitle="The value could not be reported" /> : null}
      {report.isSuccess ? <p role="status">Reported {report.data.value} as of {report.data.asOf}.</p> : null}
      <button type="submit" className="button" disabled={report.isPending}>
        {report.isPending ? 'Reporting…' : 'Report value'}
      </button>
    </form>
  );
}
