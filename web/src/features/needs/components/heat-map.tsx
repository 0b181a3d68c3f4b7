import { useId } from 'react';
import { formatNumber } from '@/lib/format';
import { heatIsDark, heatLegend, heatStep } from '../utils/heat-scale';

export interface HeatMapCell {
  /** Weighted demand: the sum of the need levels of the Members that asked. */
  weighted: number;
  /** How many Members asked (need level above none). */
  members: number;
}

export interface HeatMapProps {
  title: string;
  rows: readonly { id: number; label: string }[];
  /** `short` is drawn over the map (a code fits a cell), `label` is used in the description and the table. */
  columns: readonly { id: number; label: string; short?: string }[];
  /** The cell of a row and a column; undefined = nothing asked. */
  cell: (rowId: number, columnId: number) => HeatMapCell | undefined;
}

const labelWidth = 230;
const cellWidth = 92;
const cellHeight = 30;
const headHeight = 40;

/**
 * Topics down, sub-regions across; each cell coloured by its weighted demand on a five-step scale and labelled with
 * the figure, so the colour is never the only carrier. The figures are also in a table under the map.
 */
export function HeatMap({ title, rows, columns, cell }: HeatMapProps) {
  const id = useId();
  const values = rows.flatMap((r) => columns.map((c) => cell(r.id, c.id)?.weighted ?? 0));
  const max = Math.max(0, ...values);
  const width = labelWidth + columns.length * cellWidth + 4;
  const height = headHeight + rows.length * cellHeight + 4;
  const hottest = rows
    .flatMap((r) => columns.map((c) => ({ r, c, v: cell(r.id, c.id)?.weighted ?? 0 })))
    .sort((a, b) => b.v - a.v)[0];
  const description =
    max === 0
      ? 'No demand was recorded.'
      : `Weighted demand (sum of need levels) per topic and sub-region; darker is more. Highest: ${hottest!.r.label} in ${hottest!.c.label}, ${formatNumber(hottest!.v)}. The table below gives every figure.`;
  return (
    <div className="needs-heat">
      <figure className="needs-chart">
        <svg viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={title} aria-describedby={`${id}-desc`} className="needs-heat-svg">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {columns.map((c, ci) => (
            <text key={c.id} className="chart-label" x={labelWidth + ci * cellWidth + cellWidth / 2} y={headHeight - 10} textAnchor="middle">
              <title>{c.label}</title>
              {c.short ?? c.label}
            </text>
          ))}
          {rows.map((r, ri) => {
            const y = headHeight + ri * cellHeight;
            return (
              <g key={r.id}>
                <text className="chart-label" x={labelWidth - 8} y={y + cellHeight / 2} dy="0.32em" textAnchor="end">
                  {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
                </text>
                {columns.map((c, ci) => {
                  const value = cell(r.id, c.id);
                  const step = heatStep(value?.weighted ?? 0, max);
                  const x = labelWidth + ci * cellWidth;
                  return (
                    <g key={c.id} data-step={step}>
                      <rect className={`needs-heat-${step}`} x={x + 1} y={y + 1} width={cellWidth - 2} height={cellHeight - 2} rx="2" />
                      <text
                        className={heatIsDark(step) ? 'needs-heat-text needs-heat-text-dark' : 'needs-heat-text'}
                        x={x + cellWidth / 2}
                        y={y + cellHeight / 2}
                        dy="0.32em"
                        textAnchor="middle"
                      >
                        {value && value.weighted > 0 ? `${formatNumber(value.weighted)} (${value.members})` : '–'}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        <figcaption className="chart-key needs-heat-key">
          <span>Weighted demand (Members asking in brackets):</span>
          {heatLegend(max).map((s) => (
            <span key={s.step}>
              <span className={`needs-swatch needs-heat-${s.step}`} aria-hidden="true" /> {s.label}
            </span>
          ))}
        </figcaption>
      </figure>
      <details className="needs-figures">
        <summary>{title}: the figures as a table</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}: weighted demand, and in brackets the Members asking</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                {columns.map((c) => (
                  <th key={c.id} scope="col" className="col-number">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="row-header">
                    {r.label}
                  </th>
                  {columns.map((c) => {
                    const value = cell(r.id, c.id);
                    return (
                      <td key={c.id} className="col-number">
                        {value && value.weighted > 0 ? `${formatNumber(value.weighted)} (${value.members})` : '0'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
