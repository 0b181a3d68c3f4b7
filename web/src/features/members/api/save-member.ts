import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditKeys } from '@/lib/api/audit';
import { apiClient } from '@/lib/api/client';
import { call, etagOf } from '@/lib/api/problem';
import { referenceDataKeys } from '@/lib/api/reference-data';
import type { Member, MemberInput, Versioned } from '@/lib/api/types';
import { memberKeys } from './member-keys';

async function createMember(input: MemberInput): Promise<Versioned<Member>> {
  const { data, response } = await call(() => apiClient.POST('/api/members', { body: input }));
  return { value: data, etag: etagOf(response, data.version) };
}

export interface UpdateMemberVariables {
  id: number;
  /** The ETag the edit started from; the API answers 412 if the Member changed since. */
  etag: string;
  input: MemberInput;
}

async function updateMember({ id, etag, input }: UpdateMemberVariables): Promise<Versioned<Member>> {
  const { data, response } = await call(() =>
    apiClient.PUT('/api/members/{id}', {
      params: { path: { id } },
      body: input,
      headers: { 'If-Match': etag },
    }),
  );
  return { value: data, etag: etagOf(response, data.version) };
}

async function deleteMember(id: number): Promise<void> {
  await call(() => apiClient.DELETE('/api/members/{id}', { params: { path: { id } } }));
}

function useInvalidateLists() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: memberKeys.lists() }),
      // Member counts per sub-region change with membership.
      queryClient.invalidateQueries({ queryKey: referenceDataKeys.subRegions }),
      // Pick lists of Members, and the change history that the save added to.
      queryClient.invalidateQueries({ queryKey: ['members', 'options'] }),
      queryClient.invalidateQueries({ queryKey: auditKeys.all }),
    ]);
}

export function useCreateMember() {
  const queryClient = useQueryClient();
  const invalidateLists = useInvalidateLists();
  return useMutation({
    mutationFn: createMember,
    onSuccess: async (saved) => {
      queryClient.setQueryData(memberKeys.detail(saved.value.id), saved);
      await invalidateLists();
    },
  });
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  const invalidateLists = useInvalidateLists();
  return useMutation({
    mutationFn: updateMember,
    onSuccess: async (saved) => {
      queryClient.setQueryData(memberKeys.detail(saved.value.id), saved);
      await invalidateLists();
    },
  });
}

export function useDeleteMember() {
  const invalidateLists = useInvalidateLists();
  return useMutation({
    mutationFn: deleteMember,
    // The detail stays cached: removing it while its page is still shown would refetch it (404).
    // Unobserved, it is dropped after gcTime; a later visit refetches and says "not found".
    onSuccess: () => invalidateLists(),
  });
}
