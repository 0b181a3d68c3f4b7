import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fetchNeedsFile, useUploadNeedsResponses } from '../api/needs';
import type { NeedsUploadReport } from '../api/types';
import { DownloadButton } from './download-button';

/**
 * Responses from the survey spreadsheet (CSV or XLSX): a dry run first, which lists each row's problems and writes
 * nothing; Import is offered only when the dry run found none, and writes every row or none.
 */
export function UploadPanel({ cycleId, accepting }: { cycleId: number; accepting: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<NeedsUploadReport | null>(null);
  const upload = useUploadNeedsResponses(cycleId);

  const run = (dryRun: boolean) => {
    if (!file) return;
    upload.mutate({ file, dryRun }, { onSuccess: (r) => setReport(r) });
  };

  return (
    <div className="needs-upload">
      <p>
        Columns: member (code), topic (code), implementationStatus, needLevel, preferredDelivery, preferredQuarter, nationalPlanLink, remarks,
        priority (1–3 or empty). Start from the template:
      </p>
      <p className="needs-toolbar">
        <DownloadButton label="Template (CSV)" fileName={`needs-cycle-${cycleId}-template.csv`} fetchFile={() => fetchNeedsFile('/api/needs-cycles/{cycleId}/responses/template', { cycleId, format: 'csv' })} />
        <DownloadButton label="Template (XLSX)" fileName={`needs-cycle-${cycleId}-template.xlsx`} fetchFile={() => fetchNeedsFile('/api/needs-cycles/{cycleId}/responses/template', { cycleId, format: 'xlsx' })} />
      </p>
      <div className="field">
        <label htmlFor="needs-upload-file">Spreadsheet to upload (CSV or XLSX)</label>
        <input
          id="needs-upload-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReport(null);
            upload.reset();
          }}
        />
      </div>
      <div className="needs-toolbar">
        <button type="button" className="button button-secondary" disabled={!file || upload.isPending || !accepting} onClick={() => run(true)}>
          Check the file (dry run)
        </button>
        <button
          type="button"
          className="button"
          disabled={!file || upload.isPending || !report || !report.dryRun || report.problems.length > 0}
          onClick={() => run(false)}
        >
          Import the responses
        </button>
        {!accepting ? <span className="muted small">Uploads are accepted only while the survey is open.</span> : null}
      </div>
      {upload.error ? <ProblemAlert error={upload.error} fallbackTitle="The file could not be read" /> : null}
      {report ? <UploadReport report={report} /> : null}
    </div>
  );
}

function UploadReport({ report }: { report: NeedsUploadReport }) {
  if (report.problems.length === 0) {
    return (
      <p className="alert alert-success" role="status">
        {report.committed
          ? `Imported ${report.rows} rows: ${report.responsesCreated} responses created, ${report.responsesUpdated} updated (${report.members} Members).`
          : `The file is ready: ${report.rows} rows for ${report.members} Members, no problem found. Nothing is written until you import it.`}
      </p>
    );
  }
  return (
    <div role="status">
      <p className="alert alert-error">
        {report.problems.length} {report.problems.length === 1 ? 'problem' : 'problems'} in {report.rows} rows: nothing was written. Fix the file and check it again.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Problems found in the file</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p, i) => (
              <tr key={`${p.row}-${p.column ?? ''}-${i}`}>
                <td>{p.row}</td>
                <td>{p.column ?? '(whole row)'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
