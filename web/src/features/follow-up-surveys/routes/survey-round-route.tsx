import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/current-user';
import { surveyRoundQueryOptions } from '../api/surveys';
import type { SurveyRound } from '../api/types';
import { AnalysisSection } from '../components/analysis-section';
import { RepliesSection } from '../components/replies-section';
import { TrackingTable } from '../components/tracking-table';
import { positiveInt, roundParamsFromSearch, roundSearch, roundTabs, type RoundParams, type RoundTab } from '../utils/round-params';
import { surveyAbilities, type SurveyAbilities } from '../utils/survey-labels';
import '../surveys.css';

function RoundTabs({ params, tabs, onChange }: { params: RoundParams; tabs: readonly { tab: RoundTab; label: string }[]; onChange: (tab: RoundTab) => void }) {
  return (
    <nav className="view-tabs" aria-label="Round views">
      <ul>
        {tabs.map(({ tab, label }) => (
          <li key={tab}>
            <a
              href={roundSearch({ tab }) || '?'}
              aria-current={params.tab === tab ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onChange(tab);
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TrackingSection({ round, abilities }: { round: SurveyRound; abilities: SurveyAbilities }) {
  const participating = round.workshops.reduce((n, w) => n + w.participatingAdministrations, 0);
  const replies = round.workshops.reduce((n, w) => n + w.replies, 0);
  return (
    <section aria-labelledby="tracking-heading" className="surveys-tab-panel">
      <h2 id="tracking-heading">Tracking</h2>
      <p className="small muted">
        {round.workshops.length} {round.workshops.length === 1 ? 'workshop' : 'workshops'} · {replies} {replies === 1 ? 'reply' : 'replies'} of{' '}
        {participating} participating administrations. Each workshop is asked six months after it ended and has {round.replyWindowDays}{' '}
        days to reply from the day the questionnaire is sent; a reminder is due in the last week, and the feedback to all
        participants closes it.
        {abilities.manage ? ' Rocb sends no e-mail itself: record here what was sent, and when.' : ''}
      </p>
      {round.workshops.length === 0 ? (
        <p className="muted">This round has no workshop: its fiscal year has no delivered regional or sub-regional workshop organised by the ROCB.</p>
      ) : (
        <TrackingTable round={round} canManage={abilities.manage} />
      )}
    </section>
  );
}

export function SurveyRoundRoute() {
  const { roundId: roundParam } = useParams();
  const roundId = positiveInt(roundParam);
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const params = roundParamsFromSearch(search);
  const { data: user } = useCurrentUser();
  const abilities = surveyAbilities(user);
  const round = useQuery({ ...surveyRoundQueryOptions(roundId ?? 0), enabled: roundId !== undefined });
  const value = round.data?.value;
  useDocumentTitle(value ? `${value.code}: follow-up survey` : 'Follow-up survey');
  const flash = (location.state as { message?: string } | null)?.message;

  // Replies are for Staff and focal points; others see the tracking and the analysis.
  const tabs = roundTabs.filter((t) => t.tab !== 'replies' || abilities.reply);

  const change = (changes: Partial<RoundParams>) => {
    const next = { ...params, ...changes };
    setSearch(new URLSearchParams(roundSearch(next)));
  };

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/surveys">← Follow-up surveys</Link>
    </p>
  );

  if (roundId === undefined || (isApiError(round.error) && round.error.status === 404)) {
    return (
      <>
        {breadcrumb}
        <h1>Round not found</h1>
        <p>There is no follow-up survey round with the id “{roundParam}”.</p>
      </>
    );
  }

  if (round.isPending) {
    return (
      <>
        {breadcrumb}
        <h1>Follow-up survey</h1>
        <Loading label="Loading the round…" />
      </>
    );
  }

  if (!value) {
    return (
      <>
        {breadcrumb}
        <h1>Follow-up survey</h1>
        <ProblemAlert error={round.error} fallbackTitle="The round could not be loaded" />
      </>
    );
  }

  return (
    <>
      {breadcrumb}
      <p className="eyebrow">
        {value.code} · {value.fiscalYearLabel} workshops
      </p>
      <h1>{value.title}</h1>
      <p className="lead">
        Reply window {value.replyWindowDays} days
        {value.publication ? ` · results published in ${value.publication}` : ''}
      </p>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}
      {round.error ? <ProblemAlert error={round.error} fallbackTitle="The round could not be refreshed" /> : null}
      <RoundTabs params={params} tabs={tabs} onChange={(tab) => change({ tab, workshopId: undefined, page: 1 })} />
      {params.tab === 'analysis' ? (
        <AnalysisSection roundId={value.id} />
      ) : params.tab === 'replies' && abilities.reply ? (
        <RepliesSection round={value} abilities={abilities} params={params} onParamsChange={change} />
      ) : params.tab === 'replies' ? (
        <p className="notice" role="note">
          Replies are seen by Staff and by the focal points of the administrations that replied. Your role shows the round&apos;s
          tracking and its analysis.
        </p>
      ) : (
        <TrackingSection round={value} abilities={abilities} />
      )}
    </>
  );
}
