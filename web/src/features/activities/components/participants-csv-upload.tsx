import { useState, type ChangeEvent } from 'react';
import { TextAreaField } from '@/components/ui/fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ImportReport } from '@/lib/api/types';
import { downloadText } from '@/lib/csv';
import { formatNumber } from '@/lib/format';
import { useUploadParticipantsCsv } from '../api/participation';
import { participantCsvTemplate, previewParticipantsCsv, type CsvPreview, type ParticipantCsvColumn } from '../utils/participants-csv';

const columnLabels: Record<ParticipantCsvColumn, string> = {
  name: 'Name',
  member: 'Member',
  gender: 'Gender',
  role: 'Role',
  position: 'Position',
};

/** Rows shown in the preview of a clean file (a big file is not drawn whole). */
const cleanPreviewRows = 50;

function PreviewTable({ preview, rows, caption }: { preview: CsvPreview; rows: CsvPreview['rows']; caption: string }) {
  const withProblems = rows.some((r) => r.problems.length > 0);
  return (
    <div className="table-scroll">
      <table className="data-table csv-preview-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-row">
              Row
            </th>
            {preview.columns.map((c) => (
              <th key={c} scope="col">
                {columnLabels[c]}
              </th>
            ))}
            {withProblems ? <th scope="col">Problems</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={r.problems.length ? 'row-invalid' : undefined}>
              <th scope="row" className="row-header col-row">
                {r.row}
              </th>
              {preview.columns.map((c) => {
                const bad = r.problems.some((p) => p.path === c);
                return (
                  <td key={c} className={bad ? 'cell-invalid' : undefined}>
                    {r.values[c] || <span className="muted">(empty)</span>}
                  </td>
                );
              })}
              {withProblems ? (
                <td>
                  {r.problems.length ? (
                    <ul className="plain-list problem-list">
                      {r.problems.map((p, i) => (
                        <li key={`${p.path}-${i}`}>
                          <strong>{columnLabels[p.path as ParticipantCsvColumn] ?? p.path}:</strong> {p.message}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">OK</span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Named participants from a CSV file (name,member,gender,role,position): a dry run first shows every row's
 * problems next to the row; Import, after a clean dry run of the same text, writes all rows or none.
 */
export function ParticipantsCsvUpload({ activityId, onImported }: { activityId: number; onImported: (message: string) => void }) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [readError, setReadError] = useState<string>();
  // The last report, with the text it was for: Import is offered only after a clean dry run of this very text.
  const [result, setResult] = useState<{ text: string; report: ImportReport }>();
  const upload = useUploadParticipantsCsv(activityId);

  const current = result && result.text === text ? result : undefined;
  const cleanDryRun = current !== undefined && current.report.dryRun && current.report.problems.length === 0;
  const preview = current ? previewParticipantsCsv(text, current.report) : undefined;
  const rowCount = current?.report.counts.rows ?? 0;
  const label = fileName ? `“${fileName}”` : 'The CSV text';
  const labelInSentence = fileName ? label : 'the CSV text';

  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setResult(undefined);
    setReadError(undefined);
    upload.reset();
    const reader = new FileReader();
    reader.onload = () => setText(String(reader.result ?? ''));
    reader.onerror = () => setReadError(`The file could not be read: ${reader.error?.message ?? 'unknown error'}`);
    reader.readAsText(file);
  };

  const run = (dryRun: boolean) => {
    if (!text.trim()) {
      setReadError('Choose a CSV file or paste its text first.');
      return;
    }
    setReadError(undefined);
    const sent = text;
    upload.mutate(
      { csv: sent, dryRun },
      {
        onSuccess: (report) => {
          setResult({ text: sent, report });
          if (report.written) {
            onImported(`Imported ${formatNumber(report.counts.created ?? report.counts.rows ?? 0)} named participants from ${labelInSentence}.`);
            setText('');
            setFileName(undefined);
            setResult(undefined);
          }
        },
      },
    );
  };

  const busyText = upload.isPending
    ? upload.variables?.dryRun
      ? `Checking ${labelInSentence} (nothing is written)…`
      : `Importing ${labelInSentence}…`
    : undefined;

  return (
    <section className="csv-upload" aria-labelledby="csv-upload-heading">
      <h4 id="csv-upload-heading">Upload participants (CSV)</h4>
      <p className="field-hint">
        One participant per row under the header <code>name,member,gender,role,position</code>: member is the Member&apos;s code (e.g. TH),
        gender is female, male, other or not-recorded, role is participant, head-of-delegation or observer; position may be left empty. Check it
        first: the dry run lists every row&apos;s problems and writes nothing. Import then adds every row, or none.{' '}
        <button type="button" className="button button-link" onClick={() => downloadText('participants-template.csv', participantCsvTemplate)}>
          Download a template
        </button>
      </p>
      <div className="field">
        <label htmlFor="participants-csv-file">Participants CSV file</label>
        <input id="participants-csv-file" type="file" accept=".csv,text/csv" onChange={readFile} />
      </div>
      <TextAreaField
        id="participants-csv-text"
        label="CSV text"
        hint="The chosen file shows here; you may also paste the rows, or correct them here."
        className="field-wide"
        rows={6}
        spellCheck={false}
        value={text}
        errors={readError ? [readError] : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value === '') setFileName(undefined);
        }}
      />
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={upload.isPending} onClick={() => run(true)}>
          Check (dry run)
        </button>
        <button type="button" className="button" disabled={!cleanDryRun || upload.isPending} aria-describedby="csv-import-hint" onClick={() => run(false)}>
          {cleanDryRun ? `Import ${formatNumber(rowCount)} ${rowCount === 1 ? 'participant' : 'participants'}` : 'Import'}
        </button>
      </div>
      <p id="csv-import-hint" className="field-hint">
        {cleanDryRun ? 'The dry run found no problem: Import adds these participants.' : 'Import is available after a dry run finds no problem in this very text.'}
      </p>
      <div role="status" className="upload-progress">
        {busyText ? (
          <>
            <progress aria-label={busyText} />
            <span>{busyText}</span>
          </>
        ) : null}
      </div>
      {upload.error ? <ProblemAlert error={upload.error} fallbackTitle="The CSV could not be checked" /> : null}
      {current && preview ? (
        current.report.problems.length > 0 ? (
          <div className="csv-report">
            <div className="alert alert-error" role="alert">
              <p className="alert-title">
                {label} has {current.report.problems.length === 1 ? '1 problem' : `${current.report.problems.length} problems`}
                {preview.rowsWithProblems > 0 ? ` in ${preview.rowsWithProblems === 1 ? '1 row' : `${preview.rowsWithProblems} rows`}` : ''}: nothing was
                written.
              </p>
              {preview.fileProblems.length > 0 ? (
                <ul>
                  {preview.fileProblems.map((p, i) => (
                    <li key={`${p.path}-${i}`}>
                      {p.row ? `Row ${p.row}, ` : ''}
                      {p.path}: {p.message}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p>Fix each one in the file (or the text above) and check it again.</p>
            </div>
            {preview.rowsWithProblems > 0 ? (
              <PreviewTable
                preview={preview}
                rows={preview.rows.filter((r) => r.problems.length > 0)}
                caption={`Rows of ${labelInSentence} with problems (${
                  preview.rows.length - preview.rowsWithProblems === 1 ? '1 other row is' : `${formatNumber(preview.rows.length - preview.rowsWithProblems)} other rows are`
                } fine)`}
              />
            ) : null}
          </div>
        ) : (
          <div className="csv-report">
            <p className="alert alert-success" role="status">
              No problems found in {labelInSentence}: Import would add {formatNumber(rowCount)} {rowCount === 1 ? 'participant' : 'participants'} for{' '}
              {formatNumber(current.report.counts.members ?? 0)} {current.report.counts.members === 1 ? 'Member' : 'Members'}. Nothing was written yet.
            </p>
            <PreviewTable
              preview={preview}
              rows={preview.rows.slice(0, cleanPreviewRows)}
              caption={
                preview.rows.length > cleanPreviewRows
                  ? `The first ${cleanPreviewRows} of ${formatNumber(preview.rows.length)} rows of ${labelInSentence}`
                  : `The rows of ${labelInSentence}`
              }
            />
          </div>
        )
      ) : null}
    </section>
  );
}
