import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { deploymentKeys, expertKeys, expertRequestKeys } from './keys';
import type {
  AddAccreditationInput,
  AddUnavailabilityInput,
  ChangeAccreditationStatusInput,
  CompleteDeploymentInput,
  CreateExpertRequestInput,
  Deployment,
  ProposeDeploymentInput,
} from './types';

/** The If-Match value for a record read with this version (the API's ETag is the quoted version). */
export const ifMatch = (version: string) => `"${version}"`;

function useInvalidateExperts() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: expertKeys.all }),
      queryClient.invalidateQueries({ queryKey: expertRequestKeys.all }),
      queryClient.invalidateQueries({ queryKey: deploymentKeys.all }),
    ]);
}

export function useCreateExpertRequest() {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async (input: CreateExpertRequestInput) => (await call(() => apiClient.POST('/api/expert-requests', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useProposeDeployment() {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async (input: ProposeDeploymentInput) => (await call(() => apiClient.POST('/api/deployments', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export type Transition = 'invite' | 'accept' | 'decline' | 'release' | 'confirm' | 'complete' | 'cancel';

export interface TransitionVariables {
  deployment: Pick<Deployment, 'id' | 'version'>;
  transition: Transition;
  reason?: string;
  appraisal?: CompleteDeploymentInput;
}

async function transition({ deployment, transition: kind, reason, appraisal }: TransitionVariables): Promise<Deployment> {
  const params = { path: { id: deployment.id }, header: { 'If-Match': ifMatch(deployment.version) } };
  switch (kind) {
    case 'invite':
      return (await call(() => apiClient.POST('/api/deployments/{id}/invite', { params }))).data;
    case 'accept':
    case 'decline':
      return (
        await call(() =>
          apiClient.POST('/api/deployments/{id}/answer', { params, body: { accept: kind === 'accept', reason: reason || null } }),
        )
      ).data;
    case 'release':
      return (await call(() => apiClient.POST('/api/deployments/{id}/release', { params }))).data;
    case 'confirm':
      return (await call(() => apiClient.POST('/api/deployments/{id}/confirm', { params }))).data;
    case 'complete':
      return (await call(() => apiClient.POST('/api/deployments/{id}/complete', { params, body: appraisal ?? {} }))).data;
    case 'cancel':
      return (await call(() => apiClient.POST('/api/deployments/{id}/cancel', { params, body: { reason: reason ?? '' } }))).data;
  }
}

/** Moves a deployment along its workflow (invite, answer, release, confirm, complete, cancel). */
export function useDeploymentTransition() {
  const invalidate = useInvalidateExperts();
  // Not awaited: the refetch moves the card (or removes the invitation), which unmounts the caller, and the
  // caller's own onSuccess (its confirmation message) must run first.
  return useMutation({
    mutationFn: transition,
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useAddAccreditation(expertId: number) {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async (input: AddAccreditationInput) =>
      (await call(() => apiClient.POST('/api/experts/{id}/accreditations', { params: { path: { id: expertId } }, body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useChangeAccreditationStatus(expertId: number) {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async ({ accreditationId, input }: { accreditationId: number; input: ChangeAccreditationStatusInput }) =>
      (
        await call(() =>
          apiClient.POST('/api/experts/{id}/accreditations/{accreditationId}/status', {
            params: { path: { id: expertId, accreditationId } },
            body: input,
          }),
        )
      ).data,
    onSuccess: () => invalidate(),
  });
}

export function useAddUnavailability(expertId: number) {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async (input: AddUnavailabilityInput) =>
      (await call(() => apiClient.POST('/api/experts/{id}/unavailability', { params: { path: { id: expertId } }, body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useDeleteUnavailability(expertId: number) {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async (periodId: number) => {
      await call(() => apiClient.DELETE('/api/experts/{id}/unavailability/{periodId}', { params: { path: { id: expertId, periodId } } }));
    },
    onSuccess: () => invalidate(),
  });
}
