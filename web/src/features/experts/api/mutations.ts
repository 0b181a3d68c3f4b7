import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { deploymentKeys, donorRequestKeys, expertKeys, expertRequestKeys, matchingSettingsKeys } from './keys';
import type {
  AddAccreditationInput,
  AddUnavailabilityInput,
  ChangeAccreditationStatusInput,
  CompleteDeploymentInput,
  CreateExpertInput,
  CreateExpertRequestInput,
  Deployment,
  DonorRequest,
  ProposeDeploymentInput,
  RecordDonorRequestInput,
  SetDonorRequestOutcomeInput,
  UpdateExpertInput,
  UpdateMatchingSettingsInput,
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

export function useCreateExpert() {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async (input: CreateExpertInput) => (await call(() => apiClient.POST('/api/experts', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

/** Saves a profile with If-Match: the version it was read with; the API answers 412 when it changed since. */
export function useUpdateExpert(expertId: number) {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async ({ version, input }: { version: string; input: UpdateExpertInput }) =>
      (
        await call(() =>
          apiClient.PUT('/api/experts/{id}', { params: { path: { id: expertId }, header: { 'If-Match': ifMatch(version) } }, body: input }),
        )
      ).data,
    onSuccess: () => invalidate(),
  });
}

/** Donor requests, and the deployments and requests that show the one that released them. */
function useInvalidateDonorRequests() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: donorRequestKeys.all }),
      queryClient.invalidateQueries({ queryKey: deploymentKeys.all }),
      queryClient.invalidateQueries({ queryKey: expertRequestKeys.all }),
    ]);
}

export function useRecordDonorRequest() {
  const invalidate = useInvalidateDonorRequests();
  return useMutation({
    mutationFn: async (input: RecordDonorRequestInput) => (await call(() => apiClient.POST('/api/donor-requests', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useSetDonorRequestOutcome() {
  const invalidate = useInvalidateDonorRequests();
  return useMutation({
    mutationFn: async ({ request, input }: { request: Pick<DonorRequest, 'id' | 'version'>; input: SetDonorRequestOutcomeInput }) =>
      (
        await call(() =>
          apiClient.PUT('/api/donor-requests/{id}/outcome', {
            params: { path: { id: request.id }, header: { 'If-Match': ifMatch(request.version) } },
            body: input,
          }),
        )
      ).data,
    // After a 412 too: the list then shows the version someone else saved.
    onSettled: () => invalidate(),
  });
}

export function useUpdateMatchingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, input }: { version: string; input: UpdateMatchingSettingsInput }) =>
      (await call(() => apiClient.PUT('/api/matching-settings', { params: { header: { 'If-Match': ifMatch(version) } }, body: input }))).data,
    onSuccess: (saved) => {
      queryClient.setQueryData(matchingSettingsKeys.all, saved);
      void queryClient.invalidateQueries({ queryKey: expertRequestKeys.all });
    },
  });
}

/** Deletes an expert as read (If-Match: 412 when it changed since); the API refuses (409, naming them) while it has deployments, donor requests or a bound user account. */
export function useDeleteExpert() {
  const invalidate = useInvalidateExperts();
  return useMutation({
    mutationFn: async ({ id, version }: { id: number; version: string }) => {
      await call(() => apiClient.DELETE('/api/experts/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));
    },
    onSuccess: () => invalidate(),
  });
}

/** Deletes an expert request as read (If-Match) with its proposed deployments; refused (409, naming them) once a deployment went beyond proposed. */
export function useDeleteExpertRequest() {
  const invalidate = useInvalidateExperts();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: number; version: string }) => {
      await call(() => apiClient.DELETE('/api/expert-requests/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));
    },
    onSuccess: () => Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: donorRequestKeys.all })]),
  });
}
