import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call, etagOf } from '@/lib/api/problem';
import type {
  CreateSurveyRoundInput,
  RecordSurveyContactInput,
  SubmitSurveyReplyInput,
  SurveyReply,
  SurveyReplyAnswersInput,
} from './types';

export interface SurveyReplyListParams {
  roundId: number;
  workshopId?: number;
  page: number;
  pageSize: number;
}

export const surveyKeys = {
  all: ['follow-up-surveys'] as const,
  rounds: (page: number) => [...surveyKeys.all, 'rounds', page] as const,
  due: (asOf: string) => [...surveyKeys.all, 'due', asOf] as const,
  round: (id: number) => [...surveyKeys.all, 'round', id] as const,
  analysis: (id: number) => [...surveyKeys.all, 'analysis', id] as const,
  replies: (params: SurveyReplyListParams) => [...surveyKeys.all, 'replies', params] as const,
};

export const surveyRoundsPageSize = 50;

/** The rounds, newest fiscal year first, with their reply rates. */
export const surveyRoundsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: surveyKeys.rounds(page),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/survey-rounds', { params: { query: { page, pageSize: surveyRoundsPageSize } }, signal }))).data,
    placeholderData: keepPreviousData,
  });

/** What needs doing on a date across every round, oldest first. */
export const dueSurveyWorkQueryOptions = (asOf: string) =>
  queryOptions({
    queryKey: surveyKeys.due(asOf),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/survey-rounds/due', { params: { query: { asOf } }, signal }))).data,
    placeholderData: keepPreviousData,
  });

/** A round with its workshops and each workshop's state today. */
export const surveyRoundQueryOptions = (id: number) =>
  queryOptions({
    queryKey: surveyKeys.round(id),
    queryFn: async ({ signal }) => {
      const { data, response } = await call(() => apiClient.GET('/api/survey-rounds/{id}', { params: { path: { id } }, signal }));
      return { value: data, etag: etagOf(response, data.version) };
    },
  });

/** The round's results, recomputed by the API from the replies recorded so far. */
export const surveyAnalysisQueryOptions = (id: number) =>
  queryOptions({
    queryKey: surveyKeys.analysis(id),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/survey-rounds/{id}/analysis', { params: { path: { id } }, signal }))).data,
  });

/** A page of the round's replies (a focal point's own Member's only: the API filters them). */
export const surveyRepliesQueryOptions = (params: SurveyReplyListParams) =>
  queryOptions({
    queryKey: surveyKeys.replies(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/survey-rounds/{id}/replies', {
            params: {
              path: { id: params.roundId },
              query: { workshopId: params.workshopId, page: params.page, pageSize: params.pageSize },
            },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

/** Everything a change can move: rounds, what is due, the round, its replies and its analysis. */
function useInvalidateSurveys() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: surveyKeys.all });
}

export function useCreateSurveyRound() {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: async (input: CreateSurveyRoundInput) => (await call(() => apiClient.POST('/api/survey-rounds', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export interface RecordContactVariables {
  roundId: number;
  workshopId: number;
  input: RecordSurveyContactInput;
}

export function useRecordSurveyContact() {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: async ({ roundId, workshopId, input }: RecordContactVariables) =>
      (
        await call(() =>
          apiClient.POST('/api/survey-rounds/{id}/workshops/{workshopId}/contacts', {
            params: { path: { id: roundId, workshopId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: () => invalidate(),
  });
}

export function useSubmitSurveyReply(roundId: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: async (input: SubmitSurveyReplyInput) =>
      (await call(() => apiClient.POST('/api/survey-rounds/{id}/replies', { params: { path: { id: roundId } }, body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export interface UpdateReplyVariables {
  id: number;
  /** The ETag the edit started from; the API answers 412 if the reply changed since. */
  etag: string;
  input: SurveyReplyAnswersInput;
}

export function useUpdateSurveyReply() {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: async ({ id, etag, input }: UpdateReplyVariables): Promise<SurveyReply> =>
      (
        await call(() =>
          apiClient.PUT('/api/survey-replies/{id}', { params: { path: { id } }, body: input, headers: { 'If-Match': etag } }),
        )
      ).data,
    onSuccess: () => invalidate(),
  });
}

/** The ETag of a reply as listed: its version, quoted (the list carries no ETag header per row). */
export function replyEtag(reply: Pick<SurveyReply, 'version'>): string {
  return `"${reply.version}"`;
}

/** A reply read afresh (after a 412), with its ETag; undefined when it is gone. */
export async function getSurveyReply(roundId: number, reply: Pick<SurveyReply, 'id' | 'workshopId'>): Promise<SurveyReply | undefined> {
  const page = (
    await call(() =>
      apiClient.GET('/api/survey-rounds/{id}/replies', {
        params: { path: { id: roundId }, query: { workshopId: reply.workshopId, page: 1, pageSize: 200 } },
      }),
    )
  ).data;
  return page.items.find((r) => r.id === reply.id);
}
