import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { planKeys } from '@/lib/api/plans';
import { call } from '@/lib/api/problem';
import type { ImportReport, ParticipantCountInput, ParticipantInput, Participation } from '@/lib/api/types';
import { activityKeys } from './activities';

export const participationQueryOptions = (activityId: number) =>
  queryOptions({
    queryKey: activityKeys.participation(activityId),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/activities/{id}/participation', { params: { path: { id: activityId } }, signal }))).data,
  });

/** Named participants (personal data): the first 200, by Member and name. A focal point gets only its own administration's. */
export const participantsQueryOptions = (activityId: number) =>
  queryOptions({
    queryKey: activityKeys.participants(activityId),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/activities/{id}/participants', {
            params: { path: { id: activityId }, query: { page: 1, pageSize: 200 } },
            signal,
          }),
        )
      ).data,
  });

/** After participants change: the counts, the names, the activity's totals, the list's figures and the KPIs. */
function useOnParticipation(activityId: number) {
  const queryClient = useQueryClient();
  return async (participation?: Participation) => {
    if (participation) queryClient.setQueryData(activityKeys.participation(activityId), participation);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: activityKeys.participation(activityId) }),
      queryClient.invalidateQueries({ queryKey: activityKeys.participants(activityId) }),
      queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) }),
      queryClient.invalidateQueries({ queryKey: activityKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
    ]);
  };
}

export function useSetParticipantCounts(activityId: number) {
  const done = useOnParticipation(activityId);
  return useMutation({
    mutationFn: async (counts: ParticipantCountInput[]) =>
      (await call(() => apiClient.PUT('/api/activities/{id}/participant-counts', { params: { path: { id: activityId } }, body: { counts } })))
        .data,
    onSuccess: (participation) => done(participation),
  });
}

export function useAddParticipants(activityId: number) {
  const done = useOnParticipation(activityId);
  return useMutation({
    mutationFn: async (participants: ParticipantInput[]) =>
      (await call(() => apiClient.POST('/api/activities/{id}/participants', { params: { path: { id: activityId } }, body: { participants } })))
        .data,
    onSuccess: (participation) => done(participation),
  });
}

export function useDeleteParticipant(activityId: number) {
  const done = useOnParticipation(activityId);
  return useMutation({
    mutationFn: async (participantId: number) =>
      (
        await call(() =>
          apiClient.DELETE('/api/activities/{id}/participants/{participantId}', { params: { path: { id: activityId, participantId } } }),
        )
      ).data,
    onSuccess: (participation) => done(participation),
  });
}

export interface UploadParticipantsVariables {
  csv: string;
  dryRun: boolean;
}

/** POST participants.csv: a dry run reports each row's problems and writes nothing; otherwise all rows or none. */
export function useUploadParticipantsCsv(activityId: number) {
  const done = useOnParticipation(activityId);
  return useMutation({
    mutationFn: async ({ csv, dryRun }: UploadParticipantsVariables): Promise<ImportReport> =>
      (
        await call(() =>
          apiClient.POST('/api/activities/{id}/participants.csv', {
            params: { path: { id: activityId }, query: { dryRun } },
            body: csv,
            bodySerializer: (body: string) => body,
            headers: { 'Content-Type': 'text/csv' },
          }),
        )
      ).data,
    onSuccess: async (report) => {
      if (report.written) await done();
    },
  });
}
