import { formatNumber } from '@/lib/format';

interface ProgressBarProps {
  /** How far the value is towards the target, in percent (may exceed 100). */
  percent: number;
  /** Where "expected by now" sits, in percent of the target; null: no expectation. */
  expectedPercent: number | null;
  /** The expected value itself, for the caption. */
  expected: number | null;
  status: string;
}

/** A bar against the target with a marker for what is expected by now; the caption says the same in words. */
export function ProgressBar({ percent, expectedPercent, expected, status }: ProgressBarProps) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <div className="progress">
      <div className={`progress-track kpi-${status}`} aria-hidden="true">
        <div className="progress-fill" style={{ width: `${width}%` }} />
        {expectedPercent !== null ? (
          <div className="progress-expected" style={{ left: `${expectedPercent}%` }} title="Expected by now" />
        ) : null}
      </div>
      <p className="progress-caption">
        {formatNumber(percent)}% of the target
        {expected !== null ? (
          <>
            {' '}
            · <span className="progress-expected-key" aria-hidden="true" /> expected by now: {formatNumber(expected)}
          </>
        ) : null}
      </p>
    </div>
  );
}
