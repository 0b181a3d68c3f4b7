import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isIsoDay, todayIso } from '@/lib/format';
import { surveyRoundsPageSize, surveyRoundsQueryOptions, useCreateSurveyRound } from '../api/surveys';
import { DueWorkPanel } from '../components/due-work-panel';
import { fiscalYearOf, NewRoundForm } from '../components/new-round-form';
import { ReplyMeter } from '../components/reply-meter';
import { positiveInt } from '../utils/round-params';
import { surveyAbilities } from '../utils/survey-labels';
import '../surveys.css';

export function SurveyRoundsRoute() {
  useDocumentTitle('Follow-up surveys');
  const { data: user } = useCurrentUser();
  const abilities = surveyAbilities(user);
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const page = positiveInt(search.get('page')) ?? 1;
  const asOfParam = search.get('asOf');
  const today = todayIso();
  const asOf = isIsoDay(asOfParam) ? asOfParam : today;
  const rounds = useQuery(surveyRoundsQueryOptions(page));
  const create = useCreateSurveyRound();
  const [creating, setCreating] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (creating) formHeading.current?.focus();
  }, [creating]);

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next);
  };

  return (
    <>
      <div className="page-header">
        <h1>Follow-up surveys</h1>
        {abilities.manage && !creating ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              create.reset();
              setCreating(true);
            }}
          >
            New round
          </button>
        ) : null}
      </div>
      <p className="lead">
        Six months after each regional and sub-regional workshop, the ROCB asks the participating administrations what they did
        with it: materials shared, reports, recommendations, in-house workshops, manuals, and what changed. Each round covers
        the workshops of one fiscal year; its results are recomputed from the replies recorded here.
      </p>

      {creating ? (
        <section id="new-round-panel" className="panel" aria-labelledby="new-round-heading">
          <h2 id="new-round-heading" ref={formHeading} tabIndex={-1}>
            Open a new round
          </h2>
          <NewRoundForm
            defaultFiscalYear={fiscalYearOf(today) - 1}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (round) =>
                  navigate(`/surveys/${round.id}`, {
                    state: { message: `Round ${round.code} was opened with ${round.workshops.length} ${round.workshops.length === 1 ? 'workshop' : 'workshops'}.` },
                  }),
              })
            }
            actions={
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setCreating(false);
                  create.reset();
                }}
              >
                Cancel
              </button>
            }
          />
        </section>
      ) : null}

      <div className="surveys-overview">
        <section aria-labelledby="rounds-heading" className="surveys-rounds">
          <h2 id="rounds-heading">Rounds</h2>
          {rounds.isPending ? (
            <Loading label="Loading the rounds…" />
          ) : rounds.error && !rounds.data ? (
            <ProblemAlert error={rounds.error} fallbackTitle="The rounds could not be loaded" />
          ) : rounds.data.totalCount === 0 ? (
            <EmptyState title="No survey round yet.">
              {abilities.manage ? <p>Open one with “New round”.</p> : <p>Rounds appear here once Staff open them.</p>}
            </EmptyState>
          ) : (
            <div className="results" aria-busy={rounds.isFetching || undefined}>
              <div className="table-scroll">
                <table className="data-table surveys-rounds-table">
                  <caption className="visually-hidden">Survey rounds, newest fiscal year first, with their reply rates</caption>
                  <thead>
                    <tr>
                      <th scope="col">Round</th>
                      <th scope="col" className="col-fy">
                        Fiscal year
                      </th>
                      <th scope="col" className="col-number">
                        Workshops
                      </th>
                      <th scope="col" className="col-rate">
                        Replies of participating administrations
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rounds.data.items.map((round) => (
                      <tr key={round.id}>
                        <th scope="row" className="row-header">
                          <Link to={`/surveys/${round.id}`}>{round.code}</Link>
                          <span className="surveys-round-title">{round.title}</span>
                          {round.publication ? <span className="small muted surveys-block">Published in {round.publication}</span> : null}
                        </th>
                        <td>{round.fiscalYearLabel}</td>
                        <td className="col-number">{round.workshops}</td>
                        <td>
                          <ReplyMeter replies={round.replies} participating={round.participatingAdministrations} percent={round.replyRatePercent} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {rounds.data.totalCount > surveyRoundsPageSize ? (
                <Pager
                  page={page}
                  pageSize={surveyRoundsPageSize}
                  totalCount={rounds.data.totalCount}
                  itemsLabel="Rounds"
                  onPageChange={(p) => update('page', p > 1 ? String(p) : undefined)}
                />
              ) : null}
            </div>
          )}
        </section>
        <DueWorkPanel asOf={asOf} canManage={abilities.manage} onAsOfChange={(value) => update('asOf', value && value !== today ? value : undefined)} />
      </div>
    </>
  );
}
