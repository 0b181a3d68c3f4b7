import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '@/components/ui/fields';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCurrentUser } from '@/lib/auth/current-user';
import { subRegionsQueryOptions } from '@/lib/api/reference-data';
import { formatDay, formatNumber } from '@/lib/format';
import { needsAnalysisQueryOptions } from '../api/analysis';
import { fetchNeedsFile } from '../api/needs';
import type { NeedsAnalysis } from '../api/types';
import { CycleHeader } from '../components/cycle-header';
import { DownloadButton } from '../components/download-button';
import { EvidenceList } from '../components/evidence-list';
import { GapChart } from '../components/gap-chart';
import { HeatMap } from '../components/heat-map';
import { SettingsForm } from '../components/settings-form';
import { changeText, evidenceEntries, gapRowsOf, heatMapOf } from '../utils/analysis';
import { hasNeedsPermission, needLevelLabel, quarterLabel, workPlanKindLabel } from '../utils/labels';
import { CycleProblem, useCycleOfRoute } from './cycle-route';
import { positiveId } from './params';
import '../needs.css';

export function NeedsAnalysisRoute() {
  const { cycleId, cycle } = useCycleOfRoute();
  const { data: user } = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const subRegionId = positiveId(search.get('subRegionId'));
  const subRegions = useQuery(subRegionsQueryOptions());
  const analysis = useQuery({ ...needsAnalysisQueryOptions(cycleId ?? 0, subRegionId), enabled: cycleId !== undefined && hasNeedsPermission(user, 'needs:analyse') });
  useDocumentTitle(cycle.data ? `Analysis: ${cycle.data.value.name}` : 'Needs analysis');

  // The analysis and the work plan compare Members: not for focal points (the API answers 403).
  if (user && !hasNeedsPermission(user, 'needs:analyse')) return <NoAccess what="the needs analysis" />;
  if (cycleId === undefined || cycle.error) return <CycleProblem cycleId={cycleId} error={cycle.error} />;
  if (cycle.isPending) return <Loading label="Loading the survey…" />;
  const c = cycle.data.value;

  return (
    <>
      <CycleHeader cycle={c} title="Analysis" />
      <div className="needs-toolbar">
        <SelectField
          id="analysis-sub-region"
          label="Sub-region"
          value={subRegionId ? String(subRegionId) : ''}
          onChange={(e) => setSearch(e.target.value ? { subRegionId: e.target.value } : {})}
        >
          <option value="">Every sub-region</option>
          {(subRegions.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <DownloadButton
          label="Export the analysis (CSV)"
          fileName={`needs-analysis-${c.id}.csv`}
          fetchFile={() => fetchNeedsFile('/api/needs-cycles/{cycleId}/analysis/export', { cycleId: c.id, format: 'csv' })}
        />
        <DownloadButton
          label="Export the analysis (XLSX)"
          fileName={`needs-analysis-${c.id}.xlsx`}
          fetchFile={() => fetchNeedsFile('/api/needs-cycles/{cycleId}/analysis/export', { cycleId: c.id, format: 'xlsx' })}
        />
      </div>
      {analysis.isPending ? (
        <Loading label="Analysing the responses…" />
      ) : analysis.error ? (
        <ProblemAlert error={analysis.error} fallbackTitle="The analysis could not be made" />
      ) : (
        <AnalysisBody analysis={analysis.data} busy={analysis.isFetching} />
      )}
      {hasNeedsPermission(user, 'needs:configure') ? (
        <details className="needs-figures">
          <summary>Settings of the proposal rules</summary>
          <SettingsForm />
        </details>
      ) : null}
    </>
  );
}

/** Long lists start with their first rows; the rest are one button away (the export has them all). */
const firstRows = 10;

function ShowAll({ total, shown, what, onShowAll }: { total: number; shown: number; what: string; onShowAll: () => void }) {
  if (total <= shown) return null;
  return (
    <p>
      Showing {shown} of {total}.{' '}
      <button type="button" className="button-link" onClick={onShowAll}>
        Show all {total} {what}
      </button>
    </p>
  );
}

function AnalysisBody({ analysis: a, busy }: { analysis: NeedsAnalysis; busy: boolean }) {
  const [allHighImpact, setAllHighImpact] = useState(false);
  const [allProposals, setAllProposals] = useState(false);
  const highImpact = allHighImpact ? a.highImpact : a.highImpact.slice(0, firstRows);
  const proposals = allProposals ? a.proposals : a.proposals.slice(0, firstRows);
  const map = heatMapOf(a);
  const gaps = gapRowsOf(a);
  const memberNames = new Map(a.members.map((m) => [m.memberId, m.memberName]));
  const topicNames = new Map(a.topics.map((t) => [t.topicId, t.topicName]));
  const changed = a.topics.filter((t) => t.members > 0 || (t.previousMembers ?? 0) > 0);
  return (
    <div aria-busy={busy || undefined}>
      <p>
        Based on <strong>{a.respondents.submitted}</strong> submitted responses of {a.respondents.asked} Members asked. {a.basis}
      </p>
      {a.respondents.submitted === 0 ? (
        <p className="empty-state" role="status">
          No response has been submitted yet: the analysis fills in as Members submit.
        </p>
      ) : null}

      <section aria-labelledby="analysis-demand">
        <h2 id="analysis-demand">Demand by topic and sub-region</h2>
        {map.rows.length === 0 ? (
          <p className="muted">No demand recorded.</p>
        ) : (
          <HeatMap title="Weighted demand by topic and sub-region" rows={map.rows} columns={map.columns} cell={map.cell} />
        )}
      </section>

      <section aria-labelledby="analysis-gap">
        <h2 id="analysis-gap">Demand versus supply of experts</h2>
        <p className="muted small">
          Members with a high need against experts accredited on {formatDay(a.supplyAsOf)} (the start of {a.cycle.fiscalYearLabel}).
        </p>
        {gaps.length === 0 ? <p className="muted">No topic is asked for.</p> : <GapChart title="Demand versus supply per topic" rows={gaps} />}
        {a.gaps.some((g) => g.short) ? (
          <p>
            To accredit:{' '}
            {a.gaps
              .filter((g) => g.short && g.expertsToAccredit > 0)
              .map((g) => `${g.topicName} (${g.expertsToAccredit})`)
              .join(', ') || 'none'}
            .
          </p>
        ) : null}
      </section>

      <details className="needs-figures">
        <summary>Accredited experts per topic, by language and sub-region</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Accredited experts per topic, by language and sub-region</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col" className="col-number">
                  Accredited experts
                </th>
                <th scope="col">By language</th>
                <th scope="col">By sub-region</th>
              </tr>
            </thead>
            <tbody>
              {a.supply
                .filter((s) => s.accreditedExperts > 0)
                .map((s) => (
                  <tr key={s.topicId}>
                    <th scope="row" className="row-header">
                      {s.topicName}
                    </th>
                    <td className="col-number">{s.accreditedExperts}</td>
                    <td>{s.byLanguage.map((l) => `${l.language} ${l.experts}`).join(', ')}</td>
                    <td>{s.bySubRegion.map((r) => `${r.subRegionCode ?? 'Outside the region'} ${r.experts}`).join(', ')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>

      <section aria-labelledby="analysis-high-impact">
        <h2 id="analysis-high-impact">High-impact needs</h2>
        <p className="muted small">Members asking for help on a topic whose plan milestone they have not achieved: helping them moves a KPI.</p>
        {a.highImpact.length === 0 ? (
          <p className="empty-state" role="status">
            No high-impact need: no Member with a high need has an open milestone on that topic.
          </p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">High-impact needs</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Need</th>
                  <th scope="col">Milestone not achieved</th>
                  <th scope="col">KPIs it moves</th>
                </tr>
              </thead>
              <tbody>
                {highImpact.map((h) => (
                  <tr key={`${h.memberId}-${h.topicId}-${h.milestoneId}`}>
                    <th scope="row" className="row-header">
                      {h.memberName}
                    </th>
                    <td>{h.topicName}</td>
                    <td>{needLevelLabel(h.needLevel)}</td>
                    <td>
                      {h.planCode} {h.milestoneReference}
                      <span className="small muted needs-block">{h.milestoneStatus ? `Latest status: ${h.milestoneStatus}` : 'No status approved yet'}</span>
                    </td>
                    <td>
                      {h.kpis.map((k) => (
                        <span key={k.kpiId} className="needs-block">
                          {k.code} {k.name}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ShowAll total={a.highImpact.length} shown={highImpact.length} what="high-impact needs" onShowAll={() => setAllHighImpact(true)} />
      </section>

      <section aria-labelledby="analysis-members">
        <h2 id="analysis-members">Each Member&apos;s top needs</h2>
        {a.members.length === 0 ? (
          <p className="muted">No submitted response.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Each Member&apos;s priorities and highest needs</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Top three priorities</th>
                  <th scope="col">Highest needs</th>
                </tr>
              </thead>
              <tbody>
                {a.members.map((m) => (
                  <tr key={m.memberId}>
                    <th scope="row" className="row-header">
                      <Link to={`/needs/${a.cycle.id}/responses/${m.memberId}`}>{m.memberName}</Link>
                    </th>
                    <td>{m.priorities.length ? m.priorities.map((p, i) => `${i + 1}. ${p.topicName}`).join('; ') : '—'}</td>
                    <td>{m.topNeeds.length ? m.topNeeds.map((t) => `${t.topicName} (${needLevelLabel(t.needLevel)})`).join('; ') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="analysis-change">
        <h2 id="analysis-change">Change against the previous cycle</h2>
        {!a.previousCycle ? (
          <p className="muted">There is no earlier cycle to compare with.</p>
        ) : changed.length === 0 ? (
          <p className="muted">No demand in either cycle.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption>
                Demand per topic: {a.cycle.name} against {a.previousCycle.name}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col" className="col-number">
                    Members before
                  </th>
                  <th scope="col" className="col-number">
                    Members now
                  </th>
                  <th scope="col" className="col-number">
                    Change
                  </th>
                  <th scope="col" className="col-number">
                    Weighted need before
                  </th>
                  <th scope="col" className="col-number">
                    Weighted need now
                  </th>
                  <th scope="col" className="col-number">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {changed.map((t) => (
                  <tr key={t.topicId}>
                    <th scope="row" className="row-header">
                      {t.topicName}
                    </th>
                    <td className="col-number">{formatNumber(t.previousMembers ?? 0)}</td>
                    <td className="col-number">{t.members}</td>
                    <td className="col-number">{changeText(t.membersChange)}</td>
                    <td className="col-number">{formatNumber(t.previousWeightedNeed ?? 0)}</td>
                    <td className="col-number">{t.weightedNeed}</td>
                    <td className="col-number">{changeText(t.weightedNeedChange)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="analysis-proposals">
        <h2 id="analysis-proposals">What the rules propose</h2>
        {a.proposals.length === 0 ? (
          <p className="muted">No proposal: no topic has enough demand.</p>
        ) : (
          <ol className="needs-proposals">
            {proposals.map((p, i) => (
              <li key={`${p.kind}-${p.topicId}-${p.subRegionId ?? 0}-${i}`}>
                <strong>{p.title}</strong> <span className="muted small">({workPlanKindLabel(p.kind)})</span>
                {p.quarter ? `, ${quarterLabel(p.quarter, a.cycle.fiscalYear)}` : ''}
                {p.expertsNeeded ? `, ${p.expertsNeeded} ${p.expertsNeeded === 1 ? 'expert' : 'experts'} needed` : ''}
                <p className="needs-reason">{p.reason}</p>
                <details>
                  <summary>The answers behind it ({p.evidence.length})</summary>
                  <EvidenceList
                    fiscalYear={a.cycle.fiscalYear}
                    emptyText="No single answer: the proposal comes from the supply of experts."
                    entries={evidenceEntries(p.evidence, (id) => memberNames.get(id), (id) => topicNames.get(id))}
                  />
                </details>
              </li>
            ))}
          </ol>
        )}
        <ShowAll total={a.proposals.length} shown={proposals.length} what="proposals" onShowAll={() => setAllProposals(true)} />
        <p>
          <Link to={`/needs/${a.cycle.id}/work-plan`}>Turn the proposals into the draft work plan</Link>
        </p>
      </section>
    </div>
  );
}
