import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { planKindLabel, plansQueryOptions } from '@/lib/api/plans';
import { useCan } from '@/lib/auth/current-user';
import { formatDay } from '@/lib/format';

export function PlansRoute() {
  useDocumentTitle('Plans');
  const plans = useQuery(plansQueryOptions());
  const canWrite = useCan()('plans:write');
  const sorted = plans.data ? [...plans.data].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.code.localeCompare(b.code)) : undefined;

  return (
    <>
      <div className="page-header">
        <h1>Plans</h1>
        {canWrite ? (
          <Link className="button" to="/plans/import">
            Import a plan
          </Link>
        ) : null}
      </div>
      <p className="lead">
        The Strategic Action Plans (two years) and Annual Work Plans of the ROCB A/P, with their pillars, specific actions, KPIs
        and the milestones they refer to. Fiscal years run 1 July – 30 June.
      </p>
      {plans.isPending ? (
        <Loading label="Loading the plans…" />
      ) : plans.error ? (
        <ProblemAlert error={plans.error} fallbackTitle="The plans could not be loaded" />
      ) : sorted && sorted.length === 0 ? (
        <EmptyState title="There are no plans yet.">{canWrite ? <Link to="/plans/import">Import the first plan</Link> : null}</EmptyState>
      ) : sorted ? (
        <div className="table-scroll">
          <table className="data-table plans-table">
            <caption className="visually-hidden">Plans, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="col-plan-code">
                  Plan
                </th>
                <th scope="col">Title</th>
                <th scope="col" className="col-period">
                  Period
                </th>
                <th scope="col" className="col-number">
                  Pillars
                </th>
                <th scope="col" className="col-number">
                  Actions
                </th>
                <th scope="col" className="col-number">
                  KPIs
                </th>
                <th scope="col" className="col-number">
                  Milestones
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((plan) => (
                <tr key={plan.id}>
                  <th scope="row" className="row-header">
                    <Link to={`/plans/${plan.id}`}>{plan.code}</Link>
                  </th>
                  <td>
                    {plan.title}
                    <br />
                    <span className="muted small">
                      {planKindLabel(plan.kind)}
                      {plan.parentPlanCode ? ` · under ${plan.parentPlanCode}` : ''}
                    </span>
                  </td>
                  <td>
                    {formatDay(plan.startsOn)} – {formatDay(plan.endsOn)}
                  </td>
                  <td className="col-number">{plan.pillarCount}</td>
                  <td className="col-number">{plan.actionCount}</td>
                  <td className="col-number">{plan.kpiCount}</td>
                  <td className="col-number">{plan.milestoneCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
