import { Link } from 'react-router';
import { formatDay } from '@/lib/format';
import type { NeedsCycle } from '../api/types';
import { CycleTabs } from './cycle-tabs';
import { ExampleBadge } from './example-badge';
import { CycleStatus } from './state-text';

/** The top of every page of a cycle: name, status, window and the tabs. */
export function CycleHeader({ cycle, title }: { cycle: NeedsCycle; title?: string }) {
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/needs">Needs surveys</Link>
      </p>
      <div className="page-header">
        <h1>
          {title ? `${title}: ` : ''}
          {cycle.name}
          {cycle.isExample ? <ExampleBadge /> : null}
        </h1>
      </div>
      <p className="lead">
        <CycleStatus status={cycle.status} /> For {cycle.fiscalYearLabel}; open {formatDay(cycle.opensOn)} – {formatDay(cycle.closesOn)}. {cycle.window.message}
      </p>
      <CycleTabs cycleId={cycle.id} />
    </>
  );
}
