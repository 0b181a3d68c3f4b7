import type { ImportReport } from '@/lib/api/types';

const countWords: Record<string, [string, string]> = {
  kpis: ['KPI', 'KPIs'],
  activities: ['activity', 'activities'],
};

/** "4 pillars, 55 actions, 61 KPIs, 63 milestones". */
export function countsText(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  if (entries.length === 0) return 'nothing';
  return entries
    .map(([what, n]) => {
      const [one, many] = countWords[what.toLowerCase()] ?? [what.replace(/s$/, ''), what];
      return `${n} ${n === 1 ? one : many}`;
    })
    .join(', ');
}

/** The outcome of a plan import: every problem row by row (path, message), or what was (or would be) written. */
export function ImportReportView({ report, fileLabel }: { report: ImportReport; fileLabel: string }) {
  const problems = report.problems;
  if (problems.length > 0) {
    return (
      <section aria-labelledby="import-problems-heading" className="import-report">
        <div className="alert alert-error" role="alert">
          <p className="alert-title" id="import-problems-heading">
            {fileLabel} has {problems.length === 1 ? '1 problem' : `${problems.length} problems`}: nothing was written.
          </p>
          <p>Fix each one in the file and check it again.</p>
        </div>
        <div className="table-scroll">
          <table className="data-table import-problems">
            <caption>Problems found in {fileLabel}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-index">
                  #
                </th>
                <th scope="col" className="col-row">
                  Row
                </th>
                <th scope="col" className="col-path">
                  Path
                </th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem, index) => (
                <tr key={`${problem.path}-${index}`}>
                  <td className="col-index">{index + 1}</td>
                  <td className="col-row">{problem.row ?? '—'}</td>
                  <th scope="row" className="row-header col-path">
                    <code>{problem.path || '(the file)'}</code>
                  </th>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small muted">The file holds {countsText(report.counts)}.</p>
      </section>
    );
  }
  return (
    <section className="import-report">
      <div className="alert alert-success" role="status">
        {report.written ? (
          <p className="alert-title">Imported {fileLabel}: {countsText(report.counts)} written.</p>
        ) : (
          <>
            <p className="alert-title">No problems found in {fileLabel}.</p>
            <p>Nothing was written yet. Import would write {countsText(report.counts)}.</p>
          </>
        )}
      </div>
    </section>
  );
}
