import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { ChangePasswordInput } from '@/lib/api/types';

/** Changes the signed-in user's password; the API then ends every session of the user. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (input: ChangePasswordInput) => {
      await call(() => apiClient.POST('/api/auth/change-password', { body: input }));
    },
  });
}
