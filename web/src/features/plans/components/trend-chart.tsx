import { useId } from 'react';
import { formatNumber } from '@/lib/format';

export interface TrendPoint {
  label: string;
  value: number | null;
  target: number | null;
}

interface TrendChartProps {
  title: string;
  /** What the chart shows, for screen readers (the table below says it figure by figure). */
  description: string;
  points: readonly TrendPoint[];
  /** Writes a figure with its unit, e.g. "12%". */
  format?: (value: number) => string;
  /** The heading of the value column of the table. */
  valueLabel?: string;
}

/** A round step for about four grid lines up to max. */
export function niceStep(max: number): number {
  if (!(max > 0)) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return step;
}

const width = 640;
const height = 260;
const margin = { top: 20, right: 16, bottom: 36, left: 48 };

/**
 * Values by period as bars, with the target of each period as a dashed line. The SVG has a title and
 * description, and the same figures follow in a table for anyone who cannot see the chart.
 */
export function TrendChart({ title, description, points, format = formatNumber, valueLabel = 'Value' }: TrendChartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const figures = points.flatMap((p) => [p.value ?? 0, p.target ?? 0]);
  // Counts get whole-number grid lines.
  const whole = figures.every((f) => Number.isInteger(f));
  const step = whole ? Math.max(1, niceStep(Math.max(0, ...figures))) : niceStep(Math.max(0, ...figures));
  const top = Math.max(step, Math.ceil(Math.max(0, ...figures) / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const band = points.length > 0 ? plotWidth / points.length : plotWidth;
  const barWidth = Math.min(72, band * 0.5);
  const y = (v: number) => margin.top + plotHeight - (v / top) * plotHeight;

  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="trend-chart-svg">
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {points.map((point, index) => {
          const center = margin.left + band * index + band / 2;
          return (
            <g key={point.label}>
              {point.value !== null ? (
                <>
                  <rect
                    className="chart-bar"
                    x={center - barWidth / 2}
                    width={barWidth}
                    y={y(point.value)}
                    height={Math.max(0, y(0) - y(point.value))}
                  />
                  <text className="chart-value" x={center} y={y(point.value) - 6} textAnchor="middle">
                    {format(point.value)}
                  </text>
                </>
              ) : (
                <text className="chart-no-data" x={center} y={y(0) - 8} textAnchor="middle">
                  no data
                </text>
              )}
              {point.target !== null ? (
                <line
                  className="chart-target"
                  x1={center - band * 0.42}
                  x2={center + band * 0.42}
                  y1={y(point.target)}
                  y2={y(point.target)}
                />
              ) : null}
              <text className="chart-label" x={center} y={height - margin.bottom + 20} textAnchor="middle">
                {point.label}
              </text>
            </g>
          );
        })}
        <line className="chart-axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
      </svg>
      <figcaption className="chart-key">
        <span className="chart-key-bar" aria-hidden="true" /> {valueLabel}
        <span className="chart-key-target" aria-hidden="true" /> Target
      </figcaption>
      <table className="data-table chart-table">
        <caption>{title}: the figures</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="col-number">
              {valueLabel}
            </th>
            <th scope="col" className="col-number">
              Target
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.label}>
              <th scope="row" className="row-header">
                {point.label}
              </th>
              <td className="col-number">{point.value === null ? 'No data' : format(point.value)}</td>
              <td className="col-number">{point.target === null ? '—' : format(point.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
