import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { auditKeys } from '@/lib/api/audit';
import { call } from '@/lib/api/problem';
import type { CreateUserInput, UpdateUserInput } from '@/lib/api/types';
import { userKeys } from './user-keys';

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: auditKeys.all }),
    ]);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: CreateUserInput) => (await call(() => apiClient.POST('/api/users', { body: input }))).data,
    onSuccess: async (saved) => {
      queryClient.setQueryData(userKeys.detail(saved.id), saved);
      await invalidate();
    },
  });
}

export interface UpdateUserVariables {
  id: string;
  input: UpdateUserInput;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, input }: UpdateUserVariables) =>
      (await call(() => apiClient.PUT('/api/users/{id}', { params: { path: { id } }, body: input }))).data,
    onSuccess: async (saved) => {
      queryClient.setQueryData(userKeys.detail(saved.id), saved);
      await invalidate();
    },
  });
}

export interface ResetPasswordVariables {
  id: string;
  newPassword: string;
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, newPassword }: ResetPasswordVariables) => {
      await call(() => apiClient.POST('/api/users/{id}/password', { params: { path: { id } }, body: { newPassword } }));
    },
    // A reset lifts a lockout.
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: userKeys.detail(id) }),
  });
}
