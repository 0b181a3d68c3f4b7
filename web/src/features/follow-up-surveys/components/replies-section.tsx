import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isForbidden } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { getSurveyReply, replyEtag, surveyRepliesQueryOptions, useSubmitSurveyReply, useUpdateSurveyReply } from '../api/surveys';
import type { SurveyReply, SurveyRound } from '../api/types';
import { emptyReplyValues, replyToValues, toAnswersInput, toSubmitInput } from '../utils/reply-values';
import type { RoundParams } from '../utils/round-params';
import type { SurveyAbilities } from '../utils/survey-labels';
import { ReplyForm } from './reply-form';
import { RepliesTable, respondentOf } from './replies-table';

export const repliesPageSize = 25;

interface RepliesSectionProps {
  round: SurveyRound;
  abilities: SurveyAbilities;
  params: RoundParams;
  onParamsChange: (changes: Partial<Pick<RoundParams, 'workshopId' | 'page'>>) => void;
}

type FormState = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; reply: SurveyReply };

/** The round's replies, a page at a time, with the form to record one (Staff: any Member; a focal point: its own). */
export function RepliesSection({ round, abilities, params, onParamsChange }: RepliesSectionProps) {
  const own = abilities.ownMemberId;
  const replies = useQuery(
    surveyRepliesQueryOptions({ roundId: round.id, workshopId: params.workshopId, page: params.page, pageSize: repliesPageSize }),
  );
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  // Staff choose the administration: the Members are read when the form opens.
  const members = useQuery({ ...memberOptionsQueryOptions(), enabled: own === undefined && form.mode === 'new' });
  const submit = useSubmitSurveyReply(round.id);
  const update = useUpdateSurveyReply();
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string>();
  const [reloadError, setReloadError] = useState<unknown>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const workshops = [...round.workshops].sort((a, b) => a.number - b.number);
  const filtered = params.workshopId ? workshops.find((w) => w.id === params.workshopId) : undefined;

  useEffect(() => {
    if (form.mode !== 'closed') formHeading.current?.focus();
  }, [form]);

  const say = (text: string) => {
    setMessage(text);
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  const close = () => {
    setForm({ mode: 'closed' });
    submit.reset();
    update.reset();
    setReloadError(undefined);
  };

  const openNew = () => {
    close();
    setMessage(undefined);
    setFormKey((k) => k + 1);
    setForm({ mode: 'new' });
  };

  const openEdit = (reply: SurveyReply) => {
    close();
    setMessage(undefined);
    setFormKey((k) => k + 1);
    setForm({ mode: 'edit', reply });
  };

  const reload = () => {
    if (form.mode !== 'edit') return;
    getSurveyReply(round.id, form.reply)
      .then((fresh) => {
        update.reset();
        if (!fresh) {
          close();
          say('That reply is no longer there.');
          return;
        }
        setForm({ mode: 'edit', reply: fresh });
        setFormKey((k) => k + 1);
        say('Reloaded: the form now shows the latest version of the reply.');
      })
      .catch(setReloadError);
  };

  const canEdit = (reply: SurveyReply) => abilities.reply && (own === undefined || reply.memberId === own);
  const memberName = own !== undefined ? abilities.ownMemberName : undefined;

  if (isForbidden(replies.error)) {
    return (
      <p className="notice" role="note">
        Replies are seen by Staff and by the focal points of the administrations that replied. Your role shows the round&apos;s
        tracking and its analysis.
      </p>
    );
  }

  return (
    <section aria-labelledby="replies-heading" className="surveys-tab-panel">
      <div className="section-header">
        <h2 id="replies-heading">Replies</h2>
        {abilities.reply && form.mode === 'closed' ? (
          <button type="button" className="button" onClick={openNew}>
            Add a reply
          </button>
        ) : null}
      </div>
      <p className="small muted">
        {own !== undefined
          ? `The replies of ${memberName ?? 'your administration'}: you see and record your own administration's replies only, one per workshop it took part in.`
          : 'Each participating administration replies once about each workshop. Figures in the analysis are recomputed from these replies.'}
      </p>

      {message ? (
        <p className="alert alert-success" role="status" tabIndex={-1} ref={messageRef}>
          {message}
        </p>
      ) : null}

      {form.mode !== 'closed' ? (
        <section className="panel" aria-labelledby="reply-form-heading">
          <h3 id="reply-form-heading" ref={formHeading} tabIndex={-1}>
            {form.mode === 'edit'
              ? `Change the reply of ${respondentOf(form.reply)} about workshop ${form.reply.workshopNumber}`
              : own !== undefined
                ? `Record a reply of ${memberName ?? 'your administration'}`
                : 'Record a reply'}
          </h3>
          {reloadError ? <ProblemAlert error={reloadError} fallbackTitle="The reply could not be reloaded" /> : null}
          {own === undefined && form.mode === 'new' && members.isPending ? (
            <Loading label="Loading the Members…" />
          ) : own === undefined && form.mode === 'new' && members.error ? (
            <ProblemAlert error={members.error} fallbackTitle="The Members could not be loaded" />
          ) : form.mode === 'edit' ? (
            <ReplyForm
              key={`edit-${formKey}`}
              idPrefix="survey-reply"
              initial={replyToValues(form.reply)}
              workshops={workshops}
              memberName={respondentOf(form.reply)}
              editing
              submitLabel="Save changes"
              pending={update.isPending}
              error={update.error}
              onReload={reload}
              onSubmit={(values) =>
                update.mutate(
                  { id: form.reply.id, etag: replyEtag(form.reply), input: toAnswersInput(values) },
                  {
                    onSuccess: (saved) => {
                      close();
                      say(`The reply of ${respondentOf(saved)} about workshop ${saved.workshopNumber} was saved.`);
                    },
                  },
                )
              }
              actions={
                <button type="button" className="button button-secondary" onClick={close}>
                  Cancel
                </button>
              }
            />
          ) : (
            <ReplyForm
              key={`new-${formKey}`}
              idPrefix="survey-reply"
              initial={emptyReplyValues(own, params.workshopId)}
              workshops={workshops}
              members={own === undefined ? members.data : undefined}
              memberName={memberName}
              submitLabel="Record the reply"
              pending={submit.isPending}
              error={submit.error}
              onShowWorkshopReplies={(workshopId) => {
                close();
                onParamsChange({ workshopId, page: 1 });
              }}
              onSubmit={(values) =>
                submit.mutate(toSubmitInput(values), {
                  onSuccess: (saved) => {
                    close();
                    // Show the new reply: the replies about its workshop, from the first page.
                    onParamsChange({ workshopId: saved.workshopId, page: 1 });
                    say(`Reply recorded: ${respondentOf(saved)} about workshop ${saved.workshopNumber}.`);
                  },
                })
              }
              actions={
                <button type="button" className="button button-secondary" onClick={close}>
                  Cancel
                </button>
              }
            />
          )}
        </section>
      ) : null}

      <div className="filters">
        <div className="field surveys-filter-field">
          <label htmlFor="replies-workshop">Show replies about</label>
          <select
            id="replies-workshop"
            value={params.workshopId ?? ''}
            onChange={(event) => onParamsChange({ workshopId: event.target.value ? Number(event.target.value) : undefined, page: 1 })}
          >
            <option value="">All workshops</option>
            {workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {w.number}. {w.activityTitle}
              </option>
            ))}
          </select>
        </div>
      </div>

      {replies.isPending ? (
        <Loading label="Loading the replies…" />
      ) : replies.error && !replies.data ? (
        <ProblemAlert error={replies.error} fallbackTitle="The replies could not be loaded" />
      ) : (
        <div className="results" aria-busy={replies.isFetching || undefined}>
          {replies.error ? <ProblemAlert error={replies.error} fallbackTitle="The replies could not be refreshed" /> : null}
          <p className="result-count" role="status">
            {replies.data.totalCount === 0
              ? 'No reply recorded'
              : `${replies.data.totalCount} ${replies.data.totalCount === 1 ? 'reply' : 'replies'}`}
            {filtered ? ` about workshop ${filtered.number}, ${filtered.activityTitle}` : ''}
            {own !== undefined && memberName ? ` from ${memberName}` : ''}.
          </p>
          {replies.data.items.length === 0 ? (
            <EmptyState title={filtered ? 'No reply about this workshop yet.' : 'No reply yet.'}>
              {abilities.reply ? <p>Record one with “Add a reply”.</p> : null}
            </EmptyState>
          ) : (
            <RepliesTable
              caption={`Replies${filtered ? ` about workshop ${filtered.number}` : ''} in ${round.code}`}
              replies={replies.data.items}
              canEdit={canEdit}
              onEdit={openEdit}
              editingId={form.mode === 'edit' ? form.reply.id : undefined}
            />
          )}
          {replies.data.totalCount > repliesPageSize ? (
            <Pager
              page={params.page}
              pageSize={repliesPageSize}
              totalCount={replies.data.totalCount}
              itemsLabel="Replies"
              onPageChange={(page) => onParamsChange({ page })}
            />
          ) : null}
        </div>
      )}
    </section>
  );
}
