export interface MemberListParams {
  page: number;
  pageSize: number;
  sort: MemberSort;
  subRegionId?: number;
  q?: string;
}

export const memberSorts = ['name', '-name', 'code', '-code', 'subRegion'] as const;
export type MemberSort = (typeof memberSorts)[number];

export const memberKeys = {
  all: ['members'] as const,
  lists: () => [...memberKeys.all, 'list'] as const,
  list: (params: MemberListParams) => [...memberKeys.lists(), params] as const,
  detail: (id: number) => [...memberKeys.all, 'detail', id] as const,
};
