import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import type { Participation } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { participationQueryOptions } from '../api/participation';
import { genderLabel } from '@/lib/activities/activity-labels';
import { GenderChart } from './gender-chart';
import { NamedParticipants } from './named-participants';
import { ParticipantCountsEditor } from './participant-counts-editor';
import { ParticipantsCsvUpload } from './participants-csv-upload';

interface ParticipationSectionProps {
  activityId: number;
  activityTitle: string;
  /** Staff: enter counts, add and upload named participants. */
  canWrite: boolean;
  /** Staff and focal points see participants by name (a focal point its own administration's only). */
  canReadNames: boolean;
  ownMemberName?: string | null;
}

function CountsTable({ participation }: { participation: Participation }) {
  return (
    <div className="table-scroll">
      <table className="data-table counts-table">
        <caption>Participants by Member</caption>
        <thead>
          <tr>
            <th scope="col" className="col-count-member">
              Member
            </th>
            <th scope="col" className="col-number">
              Female
            </th>
            <th scope="col" className="col-number">
              Male
            </th>
            <th scope="col" className="col-number">
              Other
            </th>
            <th scope="col" className="col-number">
              Not recorded
            </th>
            <th scope="col" className="col-number">
              Total
            </th>
            <th scope="col" className="col-number">
              Observers
            </th>
            <th scope="col">Head of delegation</th>
            <th scope="col">Counted from</th>
          </tr>
        </thead>
        <tbody>
          {participation.counts.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="row-header">
                {c.member ? c.member.name : <span className="muted">Not broken down by Member</span>}
                {c.note ? <span className="small muted count-note">{c.note}</span> : null}
              </th>
              <td className="col-number">{formatNumber(c.female)}</td>
              <td className="col-number">{formatNumber(c.male)}</td>
              <td className="col-number">{formatNumber(c.other)}</td>
              <td className="col-number">{formatNumber(c.notRecorded)}</td>
              <td className="col-number">{formatNumber(c.total)}</td>
              <td className="col-number">{formatNumber(c.observers)}</td>
              <td>{c.headOfDelegationGender ? genderLabel(c.headOfDelegationGender) : <span className="muted">—</span>}</td>
              <td>{c.fromIndividuals ? 'Named participants' : 'Entered by hand'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All Members</th>
            <td className="col-number">{formatNumber(participation.totals.female)}</td>
            <td className="col-number">{formatNumber(participation.totals.male)}</td>
            <td className="col-number">{formatNumber(participation.totals.other)}</td>
            <td className="col-number">{formatNumber(participation.totals.notRecorded)}</td>
            <td className="col-number">{formatNumber(participation.totals.total)}</td>
            <td className="col-number">{formatNumber(participation.totals.observers)}</td>
            <td colSpan={2}>
              {participation.totals.headsOfDelegation > 0
                ? `${formatNumber(participation.totals.femaleHeadsOfDelegation)} ${participation.totals.femaleHeadsOfDelegation === 1 ? 'woman' : 'women'} of ${formatNumber(participation.totals.headsOfDelegation)} heads of delegation`
                : ''}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Who took part: totals, the gender split (chart and table), counts per Member, and for Staff the ways to record them. */
export function ParticipationSection({ activityId, activityTitle, canWrite, canReadNames, ownMemberName }: ParticipationSectionProps) {
  const participation = useQuery(participationQueryOptions(activityId));
  const members = useQuery({ ...memberOptionsQueryOptions(), enabled: canWrite });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const data = participation.data;
  const totals = data?.totals;

  const say = (text?: string) => {
    setMessage(text);
  };

  return (
    <section aria-labelledby="participants-heading">
      <div className="section-header">
        <h2 id="participants-heading">Participants</h2>
        {canWrite && data && !editing ? (
          <button
            type="button"
            ref={editButton}
            className="button button-secondary"
            onClick={() => {
              setMessage(undefined);
              setEditing(true);
            }}
          >
            Edit counts
          </button>
        ) : null}
      </div>
      <p className="small" role="status">
        {message}
      </p>
      {participation.isPending ? (
        <Loading label="Loading the participants…" />
      ) : participation.error ? (
        <ProblemAlert error={participation.error} fallbackTitle="The participants could not be loaded" />
      ) : data && totals ? (
        <>
          {totals.total === 0 && totals.observers === 0 ? (
            <p className="muted">No participant has been counted for this activity.</p>
          ) : (
            <>
              <dl className="summary-list participation-summary">
                <div>
                  <dt>Participants</dt>
                  <dd>{formatNumber(totals.total)}</dd>
                </div>
                <div>
                  <dt>Observers</dt>
                  <dd>{formatNumber(totals.observers)}</dd>
                </div>
                <div>
                  <dt>Members represented</dt>
                  <dd>{formatNumber(totals.members)}</dd>
                </div>
                <div>
                  <dt>Women</dt>
                  <dd>{totals.femaleShare === null ? 'Not known' : `${formatNumber(totals.femaleShare)}% of those recorded`}</dd>
                </div>
                <div>
                  <dt>Women heads of delegation</dt>
                  <dd>
                    {totals.headsOfDelegation > 0
                      ? `${formatNumber(totals.femaleHeadsOfDelegation)} of ${formatNumber(totals.headsOfDelegation)}`
                      : 'None recorded'}
                  </dd>
                </div>
              </dl>
              {totals.total > 0 ? <GenderChart totals={totals} title={`Participants in “${activityTitle}” by gender`} /> : null}
              <CountsTable participation={data} />
            </>
          )}
          {editing && members.data ? (
            <ParticipantCountsEditor
              activityId={activityId}
              participation={data}
              members={members.data}
              onDone={(text) => {
                setEditing(false);
                say(text);
                setTimeout(() => editButton.current?.focus(), 0);
              }}
            />
          ) : editing && members.error ? (
            <ProblemAlert error={members.error} fallbackTitle="The Members could not be loaded" />
          ) : editing ? (
            <Loading label="Loading the Members…" />
          ) : null}
        </>
      ) : null}
      {canReadNames ? (
        <NamedParticipants activityId={activityId} canWrite={canWrite} members={members.data} ownMemberName={ownMemberName} onChanged={say} />
      ) : null}
      {canWrite ? <ParticipantsCsvUpload activityId={activityId} onImported={say} /> : null}
    </section>
  );
}
