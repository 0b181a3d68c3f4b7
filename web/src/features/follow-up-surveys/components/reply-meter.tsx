import { barWidth } from '../utils/analysis-series';
import { countOfText } from '../utils/survey-labels';

interface ReplyMeterProps {
  replies: number;
  participating: number;
  percent: number | null | undefined;
}

/** Replies against participating administrations: a small bar, with the figures in words next to it. */
export function ReplyMeter({ replies, participating, percent }: ReplyMeterProps) {
  const width = barWidth(percent ?? (participating > 0 ? (replies / participating) * 100 : null), 100);
  return (
    <span className="surveys-meter">
      <span className="surveys-meter-track" aria-hidden="true">
        <span className="surveys-meter-fill" style={{ width: `${width}%` }} />
      </span>
      <span className="surveys-meter-text">{countOfText(replies, participating, percent)}</span>
    </span>
  );
}
