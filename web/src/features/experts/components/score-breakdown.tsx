import { formatNumber } from '@/lib/format';
import type { Match } from '../api/types';
import { partLabel, scoreSegments } from '../utils/score-segments';

/** A small stacked bar of a match's score parts on the scale of the maximum score (decorative: the table says the same). */
export function ScoreBar({ match }: { match: Match }) {
  const segments = scoreSegments(match.parts, match.maxScore);
  return (
    <svg className="score-bar" viewBox="0 0 100 10" preserveAspectRatio="none" width="120" height="12" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="10" className="score-bar-track" />
      {segments.map((s) => (
        <rect key={s.name} x={s.offsetPercent} y="0" width={s.widthPercent} height="10" className={`score-part score-part-${s.colorIndex}`}>
          <title>{`${partLabel(s.name)}: ${formatNumber(s.points)}`}</title>
        </rect>
      ))}
    </svg>
  );
}

/** Each part of a candidate's score: weight, value, points and the API's reason. */
export function ScoreBreakdown({ match }: { match: Match }) {
  const segments = scoreSegments(match.parts, match.maxScore);
  const colorOf = new Map(segments.map((s) => [s.name, s.colorIndex]));
  return (
    <div className="score-breakdown">
      <table className="data-table compact">
        <caption>
          Score of {match.name}: {formatNumber(match.score)} of {formatNumber(match.maxScore)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className="numeric">
              Weight
            </th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col" className="numeric">
              Points
            </th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {match.parts.map((p) => (
            <tr key={p.name}>
              <th scope="row">
                <span className={`score-key score-part-${colorOf.get(p.name) ?? 'none'}`} aria-hidden="true" />
                {partLabel(p.name)}
              </th>
              <td className="numeric">{p.weight}</td>
              <td className="numeric">{formatNumber(p.value)}</td>
              <td className="numeric">{formatNumber(p.points)}</td>
              <td>{p.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {match.exclusions.length > 0 ? (
        <div className="notice">
          <p>Not eligible:</p>
          <ul>
            {match.exclusions.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
