import { useId, type ReactNode } from 'react';
import { answerLabels, answers, barWidth, type StackedRow } from '../utils/analysis-series';

// Charts drawn as SVG, without a chart library. Each is an image with a title and a description; the
// figures it draws are also given in a table next to it, for anyone who cannot see the chart.

export interface BarRow {
  key: string;
  label: string;
  value: number | null;
  /** The figure as written next to the bar: "46.2%", "84 (75.7%)". */
  valueText: string;
  /** Drawn hatched instead of solid (e.g. sub-regional workshops); the table says it in words. */
  variant?: 'solid' | 'hatched';
}

export interface ReferenceLine {
  value: number;
  label: string;
}

interface HorizontalBarChartProps {
  title: string;
  description: string;
  rows: readonly BarRow[];
  /** The value at the right end of the axis (100 for percentages). */
  max: number;
  reference?: ReferenceLine;
  /** A key under the chart (what the bars and lines are). */
  legend?: ReactNode;
  labelWidth?: number;
}

const width = 640;
const rowHeight = 26;
const valueWidth = 110;

export function HorizontalBarChart({ title, description, rows, max, reference, legend, labelWidth = 70 }: HorizontalBarChartProps) {
  const id = useId();
  const top = reference ? 22 : 6;
  const height = top + rows.length * rowHeight + 24;
  const plot = width - labelWidth - valueWidth;
  const x = (value: number) => labelWidth + (barWidth(value, max) / 100) * plot;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return (
    <figure className="surveys-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="surveys-chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="surveys-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="surveys-hatch-line" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={top + rows.length * rowHeight} />
            <text x={x(tick)} y={top + rows.length * rowHeight + 16} textAnchor="middle">
              {Math.round(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = top + index * rowHeight;
          return (
            <g key={row.key}>
              <text className="chart-label" x={labelWidth - 8} y={y + rowHeight / 2} dy="0.32em" textAnchor="end">
                {row.label}
              </text>
              {row.value !== null ? (
                <rect
                  className={row.variant === 'hatched' ? 'surveys-bar surveys-bar-hatched' : 'surveys-bar'}
                  fill={row.variant === 'hatched' ? `url(#${id}-hatch)` : undefined}
                  x={labelWidth}
                  y={y + 4}
                  width={Math.max(row.value > 0 ? 2 : 0, x(row.value) - labelWidth)}
                  height={rowHeight - 8}
                />
              ) : null}
            </g>
          );
        })}
        {reference ? (
          <g className="surveys-reference">
            <line x1={x(reference.value)} x2={x(reference.value)} y1={top - 4} y2={top + rows.length * rowHeight} />
            <text x={x(reference.value)} y={top - 8} textAnchor="middle">
              {reference.label}
            </text>
          </g>
        ) : null}
        {rows.map((row, index) => (
          <text
            key={row.key}
            className="chart-value"
            x={(row.value === null ? labelWidth : x(row.value)) + 6}
            y={top + index * rowHeight + rowHeight / 2}
            dy="0.32em"
          >
            {row.valueText}
          </text>
        ))}
      </svg>
      {legend ? <figcaption className="chart-key">{legend}</figcaption> : null}
    </figure>
  );
}

/** The key of a hatched-versus-solid bar chart, or of the reference line. */
export function KeySwatch({ kind }: { kind: 'solid' | 'hatched' | 'reference' | 'yes' | 'no' | 'unknown' }) {
  return <span className={`surveys-swatch surveys-swatch-${kind}`} aria-hidden="true" />;
}

interface StackedAnswerChartProps {
  title: string;
  description: string;
  rows: readonly StackedRow[];
}

const stackedWidth = 320;
const stackedLabelWidth = 52;

/** Yes / no / not known as one bar per row, each segment as wide as its share of the row's replies. */
export function StackedAnswerChart({ title, description, rows }: StackedAnswerChartProps) {
  const id = useId();
  const height = rows.length * rowHeight + 4;
  const plot = stackedWidth - stackedLabelWidth - 4;
  return (
    <figure className="surveys-chart surveys-chart-small">
      <svg viewBox={`0 0 ${stackedWidth} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="surveys-chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-no`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" className="surveys-no-bg" />
            <line x1="0" y1="0" x2="0" y2="5" className="surveys-no-line" />
          </pattern>
        </defs>
        {rows.map((row, index) => {
          const y = index * rowHeight + 2;
          let offset = stackedLabelWidth;
          return (
            <g key={row.key} className={row.key === 'overall' ? 'surveys-stack-overall' : undefined}>
              <text className="chart-label" x={stackedLabelWidth - 6} y={y + rowHeight / 2} dy="0.32em" textAnchor="end">
                {row.label}
              </text>
              {row.segments.map((segment) => {
                const w = (segment.share / 100) * plot;
                const start = offset;
                offset += w;
                if (w <= 0) return null;
                return (
                  <g key={segment.answer}>
                    <rect
                      className={`surveys-seg surveys-seg-${segment.answer}`}
                      fill={segment.answer === 'no' ? `url(#${id}-no)` : undefined}
                      x={start}
                      y={y + 3}
                      width={w}
                      height={rowHeight - 6}
                    />
                    {w >= 18 ? (
                      <text className={`surveys-seg-text surveys-seg-text-${segment.answer}`} x={start + w / 2} y={y + rowHeight / 2} dy="0.32em" textAnchor="middle">
                        {segment.count}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              {row.segments.every((s) => s.count === 0) ? (
                <text className="chart-no-data" x={stackedLabelWidth + 4} y={y + rowHeight / 2} dy="0.32em">
                  no replies
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="surveys-sub-caption">{title}</figcaption>
    </figure>
  );
}

/** The key of the yes / no / not known charts. */
export function AnswerKey() {
  return (
    <p className="chart-key surveys-answer-key">
      {answers.map((answer) => (
        <span key={answer}>
          <KeySwatch kind={answer} /> {answerLabels[answer]}
        </span>
      ))}
    </p>
  );
}
