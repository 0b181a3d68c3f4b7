import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import type { KpiProgress } from '@/lib/api/types';
import type { KpiValueContext } from '../utils/kpi-format';
import type { KpiGroup } from '../utils/export-rows';
import { KpiCard } from './kpi-card';

interface KpiBoardProps {
  groups: readonly KpiGroup[];
  context: KpiValueContext;
  kpiLink: (kpi: KpiProgress) => string;
  topicOf: (kpi: KpiProgress) => string | undefined;
  /** Why nothing is shown, when a filter hides every KPI. */
  emptyMessage: string;
  /** A computed figure shown as a last card in one pillar (e.g. deployments by origin beside the expert KPIs). */
  extra?: { pillar: number; card: ReactNode };
}

/** The KPI cards, by pillar. */
export function KpiBoard({ groups, context, kpiLink, topicOf, emptyMessage, extra }: KpiBoardProps) {
  if (groups.length === 0) return <EmptyState title={emptyMessage} />;
  return (
    <>
      {groups.map((group) => (
        <section key={group.number} className="pillar-section" aria-labelledby={`pillar-${group.number}-heading`}>
          <h3 id={`pillar-${group.number}-heading`}>
            Pillar {group.number}: {group.title}{' '}
            <span className="muted small">
              ({group.kpis.length} {group.kpis.length === 1 ? 'KPI' : 'KPIs'})
            </span>
          </h3>
          <ul className="kpi-grid">
            {group.kpis.map((kpi) => (
              <li key={kpi.kpiId}>
                <KpiCard kpi={kpi} context={context} to={kpiLink(kpi)} topic={topicOf(kpi)} />
              </li>
            ))}
            {extra?.pillar === group.number ? <li>{extra.card}</li> : null}
          </ul>
        </section>
      ))}
    </>
  );
}
