import { useId } from 'react';
import type { ParticipationTotals } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';

interface Segment {
  key: 'female' | 'male' | 'other' | 'notRecorded';
  label: string;
  value: number;
}

/** The share of a part in a whole, in percent with at most one decimal: "33.3%". */
export function percentText(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${formatNumber(Math.round((part / whole) * 1000) / 10)}%`;
}

export function genderSegments(totals: ParticipationTotals): Segment[] {
  return [
    { key: 'female', label: 'Female', value: totals.female },
    { key: 'male', label: 'Male', value: totals.male },
    { key: 'other', label: 'Other', value: totals.other },
    { key: 'notRecorded', label: 'Gender not recorded', value: totals.notRecorded },
  ];
}

const width = 640;
const barTop = 8;
const barHeight = 36;

/**
 * The participants by gender as one bar split in four (female, male, other, gender not recorded), each part
 * with its count and share of all participants; the same figures follow in a table. The share of women
 * among those whose gender was recorded is the API's (femaleShare).
 */
export function GenderChart({ totals, title }: { totals: ParticipationTotals; title: string }) {
  const id = useId();
  const segments = genderSegments(totals);
  const whole = segments.reduce((sum, s) => sum + s.value, 0);
  const recorded = whole - totals.notRecorded;
  // Where each part starts: the sum of the parts before it.
  const starts = segments.map((_, i) => segments.slice(0, i).reduce((sum, s) => sum + (whole > 0 ? (s.value / whole) * width : 0), 0));
  const description = `${segments.map((s) => `${s.label}: ${formatNumber(s.value)} (${percentText(s.value, whole)})`).join('; ')}. ${
    totals.femaleShare === null ? 'No participant has a recorded gender.' : `Women are ${formatNumber(totals.femaleShare)}% of the ${formatNumber(recorded)} participants whose gender was recorded.`
  }`;
  return (
    <figure className="gender-chart">
      {whole > 0 ? (
        <svg viewBox={`0 0 ${width} ${barTop + barHeight + 4}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="gender-chart-svg">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <defs>
            <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" className="gender-hatch-back" />
              <rect width="4" height="8" className="gender-hatch-line" />
            </pattern>
          </defs>
          {segments.map((s, i) => {
            const w = (s.value / whole) * width;
            const x = starts[i] ?? 0;
            return (
              <g key={s.key} className={`gender-segment gender-${s.key}`}>
                {w > 0 ? (
                  <rect x={x} y={barTop} width={w} height={barHeight} fill={s.key === 'notRecorded' ? `url(#${id}-hatch)` : undefined} />
                ) : null}
                {w >= 70 ? (
                  <text x={x + w / 2} y={barTop + barHeight / 2} dy="0.35em" textAnchor="middle">
                    {percentText(s.value, whole)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      ) : null}
      <figcaption>
        <ul className="gender-key">
          {segments.map((s) => (
            <li key={s.key}>
              <span className={`gender-swatch gender-${s.key}`} aria-hidden="true" />
              {s.label}: <strong>{formatNumber(s.value)}</strong> ({percentText(s.value, whole)})
            </li>
          ))}
        </ul>
        <p className="gender-share">
          {totals.femaleShare === null
            ? whole > 0
              ? `The gender of all ${formatNumber(whole)} participants was not recorded, so no share of women can be given.`
              : 'No participant has been counted.'
            : `Women: ${formatNumber(totals.femaleShare)}% of the ${formatNumber(recorded)} participants whose gender was recorded${
                totals.notRecorded > 0 ? `; for ${formatNumber(totals.notRecorded)} (${percentText(totals.notRecorded, whole)} of all) it was not recorded` : ''
              }.`}
        </p>
      </figcaption>
      <table className="data-table chart-table">
        <caption>{title}: the figures</caption>
        <thead>
          <tr>
            <th scope="col">Gender</th>
            <th scope="col" className="col-number">
              Participants
            </th>
            <th scope="col" className="col-number">
              Share of all
            </th>
          </tr>
        </thead>
        <tbody>
          {segments.map((s) => (
            <tr key={s.key}>
              <th scope="row" className="row-header">
                {s.label}
              </th>
              <td className="col-number">{formatNumber(s.value)}</td>
              <td className="col-number">{percentText(s.value, whole)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="col-number">{formatNumber(whole)}</td>
            <td className="col-number">{whole > 0 ? '100%' : '—'}</td>
          </tr>
        </tfoot>
      </table>
    </figure>
  );
}
