import type { SubRegionValue } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';

interface SubRegionBreakdownProps {
  values: readonly SubRegionValue[];
  /** Member coverage: each value is a number of the sub-region's Members. */
  memberCoverage: boolean;
  format: (value: number) => string;
}

/** The KPI's value in each sub-region: a table, with a bar per row (the figures are in the cells). */
export function SubRegionBreakdown({ values, memberCoverage, format }: SubRegionBreakdownProps) {
  const max = Math.max(1, ...values.map((v) => v.value ?? 0));
  return (
    <table className="data-table breakdown-table">
      <caption className="visually-hidden">The KPI by sub-region</caption>
      <thead>
        <tr>
          <th scope="col">Sub-region</th>
          <th scope="col" className="col-number">
            Members
          </th>
          <th scope="col" className="col-number">
            Value
          </th>
          <th scope="col" className="col-bar">
            {memberCoverage ? 'Share of its Members' : 'Compared'}
          </th>
        </tr>
      </thead>
      <tbody>
        {values.map((row) => {
          const share =
            row.value === null ? null : memberCoverage ? (row.memberCount > 0 ? (row.value / row.memberCount) * 100 : 0) : (row.value / max) * 100;
          return (
            <tr key={row.subRegionId}>
              <th scope="row" className="row-header">
                {row.name} ({row.code})
              </th>
              <td className="col-number">{row.memberCount}</td>
              <td className="col-number">{row.value === null ? 'No data' : format(row.value)}</td>
              <td className="col-bar">
                {share === null ? null : (
                  <span className="breakdown-bar">
                    <span className="breakdown-bar-fill" style={{ width: `${Math.min(100, share)}%` }} aria-hidden="true" />
                    {memberCoverage ? <span className="breakdown-bar-text">{formatNumber(share)}%</span> : null}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
