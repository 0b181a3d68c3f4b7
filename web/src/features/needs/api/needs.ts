import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call, etagOf } from '@/lib/api/problem';
import type { CreateNeedsCycleInput, NeedsCycle, NeedsQuestionInput, NeedsResponse, SaveNeedsResponseInput, UpdateNeedsCycleInput } from './types';

export const needsKeys = {
  all: ['needs'] as const,
  cycles: (page: number) => [...needsKeys.all, 'cycles', page] as const,
  cycle: (id: number) => [...needsKeys.all, 'cycle', id] as const,
  tracker: (id: number) => [...needsKeys.all, 'tracker', id] as const,
  response: (cycleId: number, memberId: number) => [...needsKeys.all, 'response', cycleId, memberId] as const,
  revisions: (cycleId: number, memberId: number) => [...needsKeys.all, 'revisions', cycleId, memberId] as const,
  analysis: (cycleId: number, subRegionId?: number) => [...needsKeys.all, 'analysis', cycleId, subRegionId ?? null] as const,
  workPlan: (cycleId: number) => [...needsKeys.all, 'work-plan', cycleId] as const,
};

export const needsCyclesPageSize = 50;

/** The cycles, newest first; a focal point gets only those its Member is asked in, with its own progress. */
export const needsCyclesQueryOptions = (page: number) =>
  queryOptions({
    queryKey: needsKeys.cycles(page),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/needs-cycles', { params: { query: { page, pageSize: needsCyclesPageSize } }, signal }))).data,
    placeholderData: keepPreviousData,
  });

/** A cycle with its questionnaire and the Members asked, and the ETag for editing it. */
export const needsCycleQueryOptions = (cycleId: number) =>
  queryOptions({
    queryKey: needsKeys.cycle(cycleId),
    queryFn: async ({ signal }): Promise<{ value: NeedsCycle; etag: string }> => {
      const { data, response } = await call(() => apiClient.GET('/api/needs-cycles/{cycleId}', { params: { path: { cycleId } }, signal }));
      return { value: data, etag: etagOf(response, data.version) };
    },
  });

export const needsTrackerQueryOptions = (cycleId: number) =>
  queryOptions({
    queryKey: needsKeys.tracker(cycleId),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/needs-cycles/{cycleId}/tracker', { params: { path: { cycleId } }, signal }))).data,
  });

/** A Member's response (status not-started with no answers when there is none yet). */
export const needsResponseQueryOptions = (cycleId: number, memberId: number) =>
  queryOptions({
    queryKey: needsKeys.response(cycleId, memberId),
    queryFn: async ({ signal }): Promise<NeedsResponse> =>
      (await call(() => apiClient.GET('/api/needs-cycles/{cycleId}/responses/{memberId}', { params: { path: { cycleId, memberId } }, signal })))
        .data,
    // The form keeps its own copy while it is open; a background refetch must not overwrite what is being typed.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });

export const needsRevisionsQueryOptions = (cycleId: number, memberId: number) =>
  queryOptions({
    queryKey: needsKeys.revisions(cycleId, memberId),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/needs-cycles/{cycleId}/responses/{memberId}/revisions', { params: { path: { cycleId, memberId } }, signal }),
        )
      ).data,
  });

function useInvalidateNeeds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: needsKeys.all });
}

export function useCreateNeedsCycle() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: async (input: CreateNeedsCycleInput) => (await call(() => apiClient.POST('/api/needs-cycles', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useUpdateNeedsCycle(cycleId: number) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: async ({ etag, input }: { etag: string; input: UpdateNeedsCycleInput }) =>
      (
        await call(() =>
          apiClient.PUT('/api/needs-cycles/{cycleId}', { params: { path: { cycleId }, header: { 'If-Match': etag } }, body: input }),
        )
      ).data,
    onSuccess: () => invalidate(),
  });
}

export function useReplaceNeedsQuestions(cycleId: number) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: async (questions: NeedsQuestionInput[]) =>
      (await call(() => apiClient.PUT('/api/needs-cycles/{cycleId}/questions', { params: { path: { cycleId } }, body: { questions } }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useOpenCloseNeedsCycle(cycleId: number) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: async (action: 'open' | 'close') =>
      action === 'open'
        ? (await call(() => apiClient.POST('/api/needs-cycles/{cycleId}/open', { params: { path: { cycleId } } }))).data
        : (await call(() => apiClient.POST('/api/needs-cycles/{cycleId}/close', { params: { path: { cycleId } } }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useRecordNeedsReminders(cycleId: number) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: async ({ memberIds, note }: { memberIds: number[]; note?: string }) =>
      (await call(() => apiClient.POST('/api/needs-cycles/{cycleId}/reminders', { params: { path: { cycleId } }, body: { memberIds, note } })))
        .data,
    onSuccess: () => invalidate(),
  });
}

/** Saves the form (a draft, or an amendment after submit). The revision it started from guards against a lost update (412). */
export async function saveNeedsResponse(cycleId: number, memberId: number, revision: number | null, input: SaveNeedsResponseInput): Promise<NeedsResponse> {
  return (
    await call(() =>
      apiClient.PUT('/api/needs-cycles/{cycleId}/responses/{memberId}', {
        params: { path: { cycleId, memberId }, header: revision ? { 'If-Match': `"${revision}"` } : {} },
        body: input,
      }),
    )
  ).data;
}

export async function submitNeedsResponse(cycleId: number, memberId: number): Promise<NeedsResponse> {
  return (await call(() => apiClient.POST('/api/needs-cycles/{cycleId}/responses/{memberId}/submit', { params: { path: { cycleId, memberId } } })))
    .data;
}

/** An upload of the survey spreadsheet: a dry run reports per-row problems and writes nothing; a commit writes all rows or none. */
export function useUploadNeedsResponses(cycleId: number) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const xlsx = /\.xlsx$/i.test(file.name);
      const body = await readFile(file, xlsx ? 'binary' : 'text');
      return (
        await call(() =>
          apiClient.POST('/api/needs-cycles/{cycleId}/responses/upload', {
            params: { path: { cycleId }, query: { dryRun } },
            body: body as never,
            bodySerializer: (b: unknown) => b as BodyInit,
            headers: { 'Content-Type': xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' },
          }),
        )
      ).data;
    },
    onSuccess: (report) => {
      if (report.committed) void invalidate();
    },
  });
}

/** Files the API builds (template, exports): fetched with the session's token, then offered as a download. */
export async function fetchNeedsFile(path: string, query: Record<string, string | number | boolean | undefined>): Promise<Blob> {
  const result = await call(() =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one helper for the four file endpoints
    (apiClient.GET as any)(path, { params: { path: pathParams(path, query), query: queryParams(path, query) }, parseAs: 'blob' }),
  );
  return result.data as Blob;
}

function pathParams(path: string, values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).filter(([k]) => path.includes(`{${k}}`)));
}

function queryParams(path: string, values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => !path.includes(`{${k}}`) && v !== undefined));
}

/** A chosen file's content (FileReader: works in every browser, and in the test DOM, which has no File.text). */
function readFile(file: File, as: 'text' | 'binary'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string | ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    if (as === 'text') reader.readAsText(file);
    else reader.readAsArrayBuffer(file);
  });
}
