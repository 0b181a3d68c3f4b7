import { useId } from 'react';
import { formatNumber } from '@/lib/format';

export interface GapRow {
  key: string;
  label: string;
  /** Members asking for help on the topic. */
  demand: number;
  /** Accredited experts available for it. */
  supply: number;
  /** Whether the analysis judges the supply short (its rule, not ours). */
  short: boolean;
}

interface GapChartProps {
  title: string;
  rows: readonly GapRow[];
}

const width = 680;
const labelWidth = 230;
const rowHeight = 34;
const valueWidth = 120;

/** Demand (Members) against supply (accredited experts) per topic: two bars a row, the short ones marked in words too. */
export function GapChart({ title, rows }: GapChartProps) {
  const id = useId();
  const max = Math.max(1, ...rows.flatMap((r) => [r.demand, r.supply]));
  const plot = width - labelWidth - valueWidth;
  const x = (value: number) => labelWidth + (value / max) * plot;
  const height = rows.length * rowHeight + 26;
  const short = rows.filter((r) => r.short);
  const description = `For each topic, the Members asking for help (upper bar) and the accredited experts available (lower, hatched bar). ${
    short.length === 0 ? 'No topic is short of experts.' : `Short of experts: ${short.map((r) => r.label).join(', ')}.`
  } The table below gives every figure.`;
  return (
    <div className="needs-gap">
      <figure className="needs-chart">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} aria-describedby={`${id}-desc`} className="needs-chart-svg">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <defs>
            <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="needs-supply-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="needs-supply-line" />
            </pattern>
          </defs>
          {[0, 0.5, 1].map((f) => (
            <g key={f} className="chart-grid">
              <line x1={x(f * max)} x2={x(f * max)} y1={0} y2={rows.length * rowHeight} />
              <text x={x(f * max)} y={rows.length * rowHeight + 16} textAnchor="middle">
                {formatNumber(f * max)}
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const y = i * rowHeight;
            return (
              <g key={r.key} data-short={r.short || undefined}>
                <text className={r.short ? 'chart-label needs-gap-short' : 'chart-label'} x={labelWidth - 8} y={y + rowHeight / 2} dy="0.32em" textAnchor="end">
                  {r.short ? '⚠ ' : ''}
                  {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
                </text>
                <rect className="needs-demand-bar" x={labelWidth} y={y + 4} width={Math.max(r.demand > 0 ? 2 : 0, x(r.demand) - labelWidth)} height={12} />
                <rect
                  className="needs-supply-bar"
                  fill={`url(#${id}-hatch)`}
                  x={labelWidth}
                  y={y + 18}
                  width={Math.max(r.supply > 0 ? 2 : 0, x(r.supply) - labelWidth)}
                  height={12}
                />
                <text className="chart-value" x={x(Math.max(r.demand, r.supply)) + 6} y={y + rowHeight / 2} dy="0.32em">
                  {`${r.demand} vs ${r.supply}${r.short ? ' short' : ''}`}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption className="chart-key">
          <span>
            <span className="needs-swatch needs-swatch-demand" aria-hidden="true" /> Members asking
          </span>
          <span>
            <span className="needs-swatch needs-swatch-supply" aria-hidden="true" /> Accredited experts
          </span>
          <span>⚠ short of experts</span>
        </figcaption>
      </figure>
      <details className="needs-figures">
        <summary>{title}: the figures as a table</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}: the figures</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col" className="col-number">
                  Members asking
                </th>
                <th scope="col" className="col-number">
                  Accredited experts
                </th>
                <th scope="col" className="col-number">
                  Gap
                </th>
                <th scope="col">Supply</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="row-header">
                    {r.label}
                  </th>
                  <td className="col-number">{r.demand}</td>
                  <td className="col-number">{r.supply}</td>
                  <td className="col-number">{r.demand - r.supply}</td>
                  <td>{r.short ? 'Short' : 'Enough'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
