import { KpiStatusIcon } from '@/components/ui/status-icons';
import type { KpiStatus, StatusCount } from '@/lib/api/types';
import { kpiStatusLabels, kpiStatuses } from '@/lib/plans/status';

interface StatusSummaryProps {
  counts: readonly StatusCount[];
  /** The status the cards are filtered by, if any. */
  selected?: KpiStatus;
  onSelect: (status: KpiStatus | undefined) => void;
}

/** How many KPIs have each status; pressing one shows only those KPIs (pressing it again shows all). */
export function StatusSummary({ counts, selected, onSelect }: StatusSummaryProps) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <ul className="status-summary" aria-label={`KPIs by status, ${total} in all`}>
      {kpiStatuses.map((status) => {
        const count = counts.find((c) => c.status === status)?.count ?? 0;
        const pressed = selected === status;
        return (
          <li key={status}>
            <button
              type="button"
              className={`status-summary-item kpi-${status}`}
              aria-pressed={pressed}
              onClick={() => onSelect(pressed ? undefined : status)}
            >
              <KpiStatusIcon status={status} />
              <span className="status-summary-count">{count}</span>{' '}
              <span className="status-summary-label">{kpiStatusLabels[status]}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
