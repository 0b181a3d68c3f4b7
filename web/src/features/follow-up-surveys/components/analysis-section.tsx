import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { surveyAnalysisQueryOptions } from '../api/surveys';
import type { SurveyAnalysis } from '../api/types';
import {
  actionRows,
  answerLabels,
  directEffectsCrossTab,
  newProjectsCrossTab,
  outcomeQuestions,
  outcomeRows,
  replyRateRows,
  scopeRates,
  type CrossTabCell,
  type CrossTabRow,
} from '../utils/analysis-series';
import { countOfText, percentText, scopeLabel } from '../utils/survey-labels';
import { AnswerKey, HorizontalBarChart, KeySwatch, StackedAnswerChart } from './charts';

function repliesWord(n: number) {
  return n === 1 ? 'reply' : 'replies';
}

function ReplyRates({ analysis }: { analysis: SurveyAnalysis }) {
  const rows = replyRateRows(analysis);
  const scopes = scopeRates(analysis);
  const overall = analysis.overall;
  return (
    <section aria-labelledby="analysis-rates" className="surveys-analysis-block">
      <h3 id="analysis-rates">Reply rate</h3>
      <dl className="summary-list surveys-rates">
        {scopes.map((s) => (
          <div key={s.key}>
            <dt>
              {s.label} ({s.workshops})
            </dt>
            <dd>
              <strong>
                {s.replies} {repliesWord(s.replies)} of {s.participating}
              </strong>{' '}
              participating administrations: {percentText(s.percent)}
            </dd>
          </div>
        ))}
      </dl>
      <HorizontalBarChart
        title={`Reply rate per workshop, ${analysis.fiscalYearLabel}`}
        description={`Replies as a share of the participating administrations, one bar per workshop; sub-regional workshops are hatched. All workshops together: ${percentText(overall.replyRatePercent)} (${overall.replies} of ${overall.participatingAdministrations}). The table below gives every figure.`}
        max={100}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          value: r.percent,
          valueText: r.percent === null ? 'no participants' : `${percentText(r.percent)} (${r.replies}/${r.participating})`,
          variant: r.scope === 'sub-regional' ? 'hatched' : 'solid',
        }))}
        reference={overall.replyRatePercent == null ? undefined : { value: overall.replyRatePercent, label: `All: ${percentText(overall.replyRatePercent)}` }}
        legend={
          <>
            <span>
              <KeySwatch kind="solid" /> Regional
            </span>
            <span>
              <KeySwatch kind="hatched" /> Sub-regional
            </span>
            <span>
              <KeySwatch kind="reference" /> All workshops
            </span>
            <span>Percent of participating administrations</span>
          </>
        }
      />
      <div className="table-scroll">
        <table className="data-table surveys-figures-table">
          <caption>Reply rate per workshop: the figures</caption>
          <thead>
            <tr>
              <th scope="col" className="col-no">
                No.
              </th>
              <th scope="col">Workshop</th>
              <th scope="col">Scope</th>
              <th scope="col" className="col-number">
                Participating
              </th>
              <th scope="col" className="col-number">
                Replies
              </th>
              <th scope="col" className="col-number">
                Reply rate
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td className="col-no">{r.label.replace('No. ', '')}</td>
                <th scope="row" className="row-header">
                  {r.activityId ? <Link to={`/activities/${r.activityId}`}>{r.title}</Link> : r.title}
                  {r.participationCounted ? <span className="small muted surveys-block">Participation counted from the records</span> : null}
                </th>
                <td>{r.scope ? scopeLabel(r.scope) : ''}</td>
                <td className="col-number">{r.participating}</td>
                <td className="col-number">{r.replies}</td>
                <td className="col-number">{percentText(r.percent)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {scopes.map((s) => (
              <tr key={s.key}>
                <td />
                <th scope="row" className="row-header" colSpan={2}>
                  {s.label}
                </th>
                <td className="col-number">{s.participating}</td>
                <td className="col-number">{s.replies}</td>
                <td className="col-number">{percentText(s.percent)}</td>
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function FollowUpActions({ analysis }: { analysis: SurveyAnalysis }) {
  const rows = actionRows(analysis.overall);
  const replies = analysis.overall.replies;
  return (
    <section aria-labelledby="analysis-actions" className="surveys-analysis-block">
      <h3 id="analysis-actions">Follow-up actions</h3>
      <HorizontalBarChart
        title="Follow-up actions taken after the workshops"
        description={`How many of the ${replies} replies say each action was taken, as a share of all replies. ${rows
          .map((r) => `${r.label}: ${r.counts.yes} (${percentText(r.counts.yesPercentOfReplies)})`)
          .join('; ')}.`}
        max={100}
        labelWidth={160}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          value: r.counts.yesPercentOfReplies ?? null,
          valueText: `${r.counts.yes} (${percentText(r.counts.yesPercentOfReplies)})`,
        }))}
        legend={<span>Percent of the {replies} replies that say “yes”; the figure after each bar is the number of replies</span>}
      />
      <div className="table-scroll">
        <table className="data-table surveys-figures-table">
          <caption>Follow-up actions: the figures</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col" className="col-number">
                Yes
              </th>
              <th scope="col" className="col-number">
                No
              </th>
              <th scope="col" className="col-number">
                Not known
              </th>
              <th scope="col" className="col-number">
                Yes, of all replies
              </th>
              <th scope="col" className="col-number">
                Yes, of known answers
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="row-header">
                  {r.label}
                </th>
                <td className="col-number">{r.counts.yes}</td>
                <td className="col-number">{r.counts.no}</td>
                <td className="col-number">{r.counts.unknown}</td>
                <td className="col-number">{percentText(r.counts.yesPercentOfReplies)}</td>
                <td className="col-number">{percentText(r.counts.yesPercentOfKnown)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Outcomes({ analysis }: { analysis: SurveyAnalysis }) {
  const series = outcomeQuestions.map((q) => ({ ...q, rows: outcomeRows(analysis, q.key) }));
  const workshopRows = series[0]?.rows ?? [];
  return (
    <section aria-labelledby="analysis-outcomes" className="surveys-analysis-block">
      <h3 id="analysis-outcomes">Direct effects, efficiency and new projects</h3>
      <p>
        <strong>
          {analysis.positiveReplies} of {analysis.knownDirectEffects}
        </strong>{' '}
        replies that answered the question report direct effects: {percentText(analysis.positivePercentOfKnown)} positive.
      </p>
      <AnswerKey />
      <div className="surveys-small-multiples">
        {series.map((s) => {
          const all = s.rows[s.rows.length - 1]?.counts;
          return (
            <StackedAnswerChart
              key={s.key}
              title={s.label}
              description={`${s.question}: yes, no and not known per workshop (numbered as in the table), then for all workshops${
                all ? `: ${all.yes} yes, ${all.no} no, ${all.unknown} not known` : ''
              }.`}
              rows={s.rows}
            />
          );
        })}
      </div>
      <div className="table-scroll">
        <table className="data-table surveys-figures-table surveys-outcomes-table">
          <caption>Direct effects, efficiency and new projects per workshop: the figures</caption>
          <thead>
            <tr>
              <td rowSpan={2} />
              {series.map((s) => (
                <th key={s.key} scope="colgroup" colSpan={3} className="surveys-colgroup">
                  {s.label}
                </th>
              ))}
            </tr>
            <tr>
              {series.flatMap((s) =>
                (['yes', 'no', 'unknown'] as const).map((a) => (
                  <th key={`${s.key}-${a}`} scope="col" className="col-number">
                    {answerLabels[a]}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {workshopRows.map((row, index) => (
              <tr key={row.key}>
                <th scope="row" className="row-header">
                  {row.number === undefined ? row.title : `${row.number}. ${row.title}`}
                </th>
                {series.flatMap((s) => {
                  const counts = s.rows[index]?.counts;
                  return (['yes', 'no', 'unknown'] as const).map((a) => (
                    <td key={`${s.key}-${a}`} className="col-number">
                      {counts ? counts[a] : ''}
                    </td>
                  ));
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function cellText(cell: CrossTabCell): string {
  return countOfText(cell.count, cell.of, cell.percent);
}

function CrossTabTable({ id, caption, rows }: { id: string; caption: string; rows: readonly CrossTabRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table surveys-crosstab" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Of the replies that…</th>
            <th scope="col">All workshops</th>
            <th scope="col">Regional</th>
            <th scope="col">Sub-regional</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="row-header">
                {row.label}
              </th>
              <td>{cellText(row.overall)}</td>
              <td>{cellText(row.regional)}</td>
              <td>{cellText(row.subRegional)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CrossTabs({ analysis }: { analysis: SurveyAnalysis }) {
  return (
    <section aria-labelledby="analysis-crosstabs" className="surveys-analysis-block">
      <h3 id="analysis-crosstabs">Actions and results together</h3>
      <p className="small muted">
        “49 of 84 (58.3%)” reads: of the 84 replies that shared the materials, 49 also realised direct effects. A row marked ← reads
        the other way: of the replies with that result, how many had taken either action.
      </p>
      <CrossTabTable id="crosstab-direct-effects" caption="Follow-up actions and direct effects" rows={directEffectsCrossTab(analysis)} />
      <CrossTabTable id="crosstab-new-projects" caption="Reports, recommendations and new projects" rows={newProjectsCrossTab(analysis)} />
    </section>
  );
}

function SuccessStories({ analysis }: { analysis: SurveyAnalysis }) {
  return (
    <section aria-labelledby="analysis-stories" className="surveys-analysis-block">
      <h3 id="analysis-stories">
        Success stories <span className="muted small">({analysis.successStoryCount})</span>
      </h3>
      {analysis.successStories.length === 0 ? (
        <p className="muted">No reply tells a success story yet.</p>
      ) : (
        <ul className="surveys-stories">
          {analysis.successStories.map((story) => (
            <li key={story.replyId}>
              <p className="surveys-story-who">
                <strong>{story.memberName ? `${story.memberName}${story.memberCode ? ` (${story.memberCode})` : ''}` : (story.respondentLabel ?? 'An administration')}</strong>
                {' · '}workshop {story.workshopNumber}: {story.workshopTitle}
              </p>
              <blockquote className="surveys-story-text">{story.text}</blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The round's results, as the API recomputes them from the recorded replies: charts, their figures, the stories. */
export function AnalysisSection({ roundId }: { roundId: number }) {
  const analysis = useQuery(surveyAnalysisQueryOptions(roundId));
  if (analysis.isPending) return <Loading label="Recomputing the results…" />;
  if (analysis.error && !analysis.data) return <ProblemAlert error={analysis.error} fallbackTitle="The analysis could not be loaded" />;
  const data = analysis.data;
  const replies = data.overall.replies;
  return (
    <section aria-labelledby="analysis-heading" className="surveys-tab-panel results" aria-busy={analysis.isFetching || undefined}>
      <h2 id="analysis-heading">Analysis</h2>
      <p className="notice" role="note">
        <strong>
          Recomputed from {replies} recorded {repliesWord(replies)}
        </strong>{' '}
        of {data.overall.participatingAdministrations} participating administrations in {data.overall.workshops}{' '}
        {data.overall.workshops === 1 ? 'workshop' : 'workshops'}. Rocb computes every figure here from the replies as recorded, so
        it changes when a reply is added or corrected
        {data.publication ? `; the published results are in ${data.publication}` : ''}.
      </p>
      <ReplyRates analysis={data} />
      {replies === 0 ? (
        <EmptyState title="No reply recorded yet.">
          <p>The follow-up actions, their results and the success stories appear once replies are recorded.</p>
        </EmptyState>
      ) : (
        <>
          <FollowUpActions analysis={data} />
          <Outcomes analysis={data} />
          <CrossTabs analysis={data} />
          <SuccessStories analysis={data} />
        </>
      )}
    </section>
  );
}
