import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { TextAreaField } from '@/components/ui/fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { ImportReport, PlanFile } from '@/lib/api/types';
import { useImportPlan } from '../api/plan-files';
import { ImportReportView } from '../components/import-report';

type Parsed = { file: PlanFile; error?: undefined } | { file?: undefined; error: string };

function parsePlanFile(text: string): Parsed {
  if (!text.trim()) return { error: 'Choose a file or paste the plan JSON first.' };
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'The file must hold one JSON object with a "plan".' };
    return { file: value as PlanFile };
  } catch (error) {
    return { error: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function PlanImportRoute() {
  useDocumentTitle('Import a plan');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [parseError, setParseError] = useState<string>();
  // The last report, with the text it was for: Import is offered only after a clean dry run of this very text.
  const [result, setResult] = useState<{ text: string; report: ImportReport }>();
  const importPlan = useImportPlan();

  const fileLabel = fileName ? `“${fileName}”` : 'The pasted plan';
  const cleanDryRun = result !== undefined && result.text === text && result.report.dryRun && result.report.problems.length === 0;
  const written = result !== undefined && result.report.written;

  const run = (dryRun: boolean) => {
    const parsed = parsePlanFile(text);
    setParseError(parsed.error);
    importPlan.reset();
    if (!parsed.file) {
      setResult(undefined);
      return;
    }
    const sent = text;
    importPlan.mutate({ file: parsed.file, dryRun }, { onSuccess: (report) => setResult({ text: sent, report }) });
  };

  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setResult(undefined);
    setParseError(undefined);
    const reader = new FileReader();
    reader.onload = () => setText(String(reader.result ?? ''));
    reader.onerror = () => setParseError(`The file could not be read: ${reader.error?.message ?? 'unknown error'}`);
    reader.readAsText(file);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/plans">← Plans</Link>
      </p>
      <h1>Import a plan</h1>
      <p className="lead">
        Upload or paste a plan in the JSON format that “Export JSON” gives. Check it first: a dry run lists every problem and
        writes nothing. Import then writes the whole plan, or nothing; a plan whose code exists already is replaced by the file.
      </p>
      <div className="form">
        <div className="field">
          <label htmlFor="plan-file">Plan file (JSON)</label>
          <input id="plan-file" type="file" accept=".json,application/json" onChange={readFile} />
        </div>
        <TextAreaField
          id="plan-json"
          label="Plan JSON"
          hint="The chosen file shows here; you may also paste the JSON, or correct it here."
          className="field-wide"
          rows={12}
          spellCheck={false}
          value={text}
          errors={parseError ? [parseError] : undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (!fileName || event.target.value === '') setFileName(undefined);
          }}
        />
        <div className="form-actions">
          <button type="button" className="button button-secondary" disabled={importPlan.isPending} onClick={() => run(true)}>
            {importPlan.isPending && importPlan.variables?.dryRun ? 'Checking…' : 'Check (dry run)'}
          </button>
          <button
            type="button"
            className="button"
            disabled={!cleanDryRun || importPlan.isPending}
            aria-describedby="import-hint"
            onClick={() => run(false)}
          >
            {importPlan.isPending && importPlan.variables?.dryRun === false ? 'Importing…' : 'Import'}
          </button>
        </div>
        <p id="import-hint" className="field-hint">
          {written
            ? 'The plan was imported.'
            : cleanDryRun
              ? 'The dry run found no problem: Import writes the plan.'
              : 'Import is available after a dry run finds no problem in this very text.'}
        </p>
      </div>
      {importPlan.error ? <ProblemAlert error={importPlan.error} fallbackTitle="The plan could not be checked" /> : null}
      {result && result.text === text ? <ImportReportView report={result.report} fileLabel={fileLabel} /> : null}
      {written ? (
        <p>
          <Link to="/plans">See the plans</Link>
        </p>
      ) : null}
    </>
  );
}
