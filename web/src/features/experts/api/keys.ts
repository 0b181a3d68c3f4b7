export interface ExpertListParams {
  page: number;
  pageSize: number;
  q?: string;
  topicId?: number;
  category?: string;
  accreditationStatus?: string;
  language?: string;
  origin?: string;
  inRegion?: boolean;
  availableFrom?: string;
  availableTo?: string;
}

export interface ExpertRequestListParams {
  page: number;
  pageSize: number;
  status?: string;
}

export const expertKeys = {
  all: ['experts'] as const,
  lists: () => [...expertKeys.all, 'list'] as const,
  list: (params: ExpertListParams) => [...expertKeys.lists(), params] as const,
  detail: (id: number) => [...expertKeys.all, 'detail', id] as const,
  deployments: (id: number) => [...expertKeys.all, 'deployments', id] as const,
};

export const expertRequestKeys = {
  all: ['expert-requests'] as const,
  lists: () => [...expertRequestKeys.all, 'list'] as const,
  list: (params: ExpertRequestListParams) => [...expertRequestKeys.lists(), params] as const,
  detail: (id: number) => [...expertRequestKeys.all, 'detail', id] as const,
  matches: (id: number) => [...expertRequestKeys.all, 'matches', id] as const,
};

export const deploymentKeys = {
  all: ['deployments'] as const,
  board: () => [...deploymentKeys.all, 'board'] as const,
  stuck: () => [...deploymentKeys.all, 'stuck'] as const,
};

export interface DonorRequestListParams {
  page: number;
  pageSize: number;
  outcome?: string;
  pending?: boolean;
}

export const donorRequestKeys = {
  all: ['donor-requests'] as const,
  list: (params: DonorRequestListParams) => [...donorRequestKeys.all, 'list', params] as const,
  summary: () => [...donorRequestKeys.all, 'summary'] as const,
};

export const matchingSettingsKeys = {
  all: ['matching-settings'] as const,
};
