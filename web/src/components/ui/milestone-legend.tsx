import { milestoneStatusLabels, milestoneStatuses } from '@/lib/plans/status';
import { MilestoneStatusIcon } from './status-icons';

/** What each milestone symbol means. */
export function MilestoneLegend() {
  return (
    <div className="legend">
      <p className="legend-title" id="milestone-legend-title">
        Legend
      </p>
      <ul className="legend-list" aria-labelledby="milestone-legend-title">
        {milestoneStatuses.map((status) => (
          <li key={status}>
            <MilestoneStatusIcon status={status} /> {milestoneStatusLabels[status]}
          </li>
        ))}
        <li>
          <MilestoneStatusIcon status={null} /> No approved record
        </li>
      </ul>
    </div>
  );
}
