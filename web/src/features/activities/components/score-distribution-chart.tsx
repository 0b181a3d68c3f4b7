import { useId } from 'react';
import { formatNumber } from '@/lib/format';
import { percentText } from './gender-chart';

const width = 480;
const height = 200;
const margin = { top: 22, right: 12, bottom: 34, left: 12 };

/**
 * How many responses gave each overall score (1 to 5), as bars with their counts; the same figures follow in a
 * table for anyone who cannot see the chart.
 */
export function ScoreDistributionChart({ distribution, title }: { distribution: readonly number[]; title: string }) {
  const id = useId();
  const counts = [1, 2, 3, 4, 5].map((score, i) => ({ score, count: distribution[i] ?? 0 }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const plotHeight = height - margin.top - margin.bottom;
  const band = (width - margin.left - margin.right) / counts.length;
  const barWidth = Math.min(56, band * 0.6);
  const y = (v: number) => margin.top + plotHeight - (v / max) * plotHeight;
  const description = counts.map((c) => `score ${c.score}: ${c.count} ${c.count === 1 ? 'response' : 'responses'}`).join('; ');
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="score-chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}.</desc>
        {counts.map((c, i) => {
          const center = margin.left + band * i + band / 2;
          return (
            <g key={c.score}>
              <rect className="chart-bar" x={center - barWidth / 2} width={barWidth} y={y(c.count)} height={Math.max(0, y(0) - y(c.count))} />
              <text className="chart-value" x={center} y={y(c.count) - 6} textAnchor="middle">
                {formatNumber(c.count)}
              </text>
              <text className="chart-label" x={center} y={height - margin.bottom + 20} textAnchor="middle">
                {c.score}
              </text>
            </g>
          );
        })}
        <line className="chart-axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
      </svg>
      <figcaption className="chart-key">Bars: responses giving each overall score, from 1 (poor) to 5 (excellent).</figcaption>
      <table className="data-table chart-table">
        <caption>{title}: the figures</caption>
        <thead>
          <tr>
            <th scope="col">Overall score</th>
            <th scope="col" className="col-number">
              Responses
            </th>
            <th scope="col" className="col-number">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.score}>
              <th scope="row" className="row-header">
                {c.score}
              </th>
              <td className="col-number">{formatNumber(c.count)}</td>
              <td className="col-number">{percentText(c.count, total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
